"""How mail is understood: classify, the rules engine (text normalisation, matchers, rule
files, loop guard, bounces, fields, PDF forms, language) and explain."""
