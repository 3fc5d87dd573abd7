"""The parts of ``classify``: text normalisation, matchers, rule files, loop guard,
bounces, fields, PDF forms and language. ``inbox_agent.classify`` is the public face."""
