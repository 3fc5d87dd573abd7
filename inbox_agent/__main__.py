from inbox_agent.cli import run

run()
