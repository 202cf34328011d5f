"""`fairmatch serve`: one process for the Slack and Teams endpoints and `/healthz`."""

from __future__ import annotations

import typer
from aiohttp import web

from bot.server import create_app
from storage.settings import get_settings


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on."),
    port: int = typer.Option(8000, "--port", help="TCP port."),
) -> None:
    """Serve `/healthz`, `/slack/events` and `/api/messages`, and run the scheduler unless disabled."""
    app = create_app(with_scheduler=get_settings().scheduler_in_serve)
    web.run_app(app, host=host, port=port, print=lambda msg: typer.echo(msg, err=True))
