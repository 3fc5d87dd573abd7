"""The office side: the morning digest, staff actions, exports and check."""
