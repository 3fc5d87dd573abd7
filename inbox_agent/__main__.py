from inbox_agent.cli.main import run_cli

run_cli()
