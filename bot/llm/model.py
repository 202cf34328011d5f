"""Which chat model answers: `FAIRMATCH_LLM=provider:model` through langchain's `init_chat_model`.

Provider packages (langchain-ollama, langchain-openai, langchain-mistralai ...) are optional: nothing is
imported until a model is asked for, and a missing package becomes an `LLMUnavailable` with the pip command,
so every caller falls back to the offline path. Tests and embedders swap the model through
`set_chat_model_factory`: that is the network edge, the only seam.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel

from storage.settings import get_settings

# Client-side timeouts (and no client retries: generate.py retries), per provider, in the keyword names each
# integration accepts; for Azure the model part of the setting is the deployment name. Every call also runs
# under our own wall-clock timeout (see generate.py), so a provider without these options still stops.
_CLIENT_OPTIONS: dict[str, Callable[[float, str], dict]] = {
    "openai": lambda t, _m: {"timeout": t, "max_retries": 0},
    "azure_openai": lambda t, m: {"azure_deployment": m, "timeout": t, "max_retries": 0},
    "anthropic": lambda t, _m: {"default_request_timeout": t, "max_retries": 0},
    "mistralai": lambda t, _m: {"timeout": int(t), "max_retries": 0},
    "ollama": lambda t, _m: {"client_kwargs": {"timeout": t}},
}


class LLMUnavailable(RuntimeError):
    """No usable model answer. `reason` is a stable code, safe to log and audit; the message is for people."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class ChatModelHandle:
    """A model plus the id we audit it under (provider:model)."""

    model: BaseChatModel
    model_id: str


ChatModelFactory = Callable[[], ChatModelHandle]
_lock = threading.Lock()
_factory: ChatModelFactory | None = None
_cached: tuple[str, ChatModelHandle] | None = None


def set_chat_model_factory(factory: ChatModelFactory | None) -> None:
    """Use `factory` instead of FAIRMATCH_LLM (tests, embedders); None restores the setting."""
    global _factory, _cached
    with _lock:
        _factory = factory
        _cached = None


def llm_configured() -> bool:
    return _factory is not None or bool(get_settings().llm)


def split_spec(spec: str) -> tuple[str, str]:
    """'ollama:llama3.1' -> ('ollama', 'llama3.1'); a bare model name is refused: be explicit."""
    provider, sep, model = spec.strip().partition(":")
    if not sep or not provider or not model:
        raise LLMUnavailable(
            "bad_setting", f"FAIRMATCH_LLM must look like provider:model (e.g. ollama:llama3.1), got {spec!r}"
        )
    return provider.strip(), model.strip()


def _from_settings(spec: str) -> ChatModelHandle:
    provider, name = split_spec(spec)
    timeout = get_settings().llm_timeout_s
    options = _CLIENT_OPTIONS.get(provider, lambda _t, _m: {})(timeout, name)
    try:
        from langchain.chat_models import init_chat_model

        model = init_chat_model(name, model_provider=provider, **options)
    except ImportError as exc:  # langchain's message names the package to install
        raise LLMUnavailable(
            "provider_missing", f"LLM provider {provider!r} is not installed: {exc}"
        ) from None
    except ValueError as exc:
        raise LLMUnavailable("bad_setting", f"FAIRMATCH_LLM={spec!r} is not usable: {exc}") from None
    return ChatModelHandle(model, f"{provider}:{name}")


def get_chat_model() -> ChatModelHandle:
    """The configured model; LLMUnavailable when none is configured or it cannot be built."""
    global _cached
    with _lock:
        if _factory is not None:
            return _factory()
        spec = get_settings().llm
        if not spec:
            raise LLMUnavailable("not_configured", "no language model is configured (FAIRMATCH_LLM)")
        if _cached is None or _cached[0] != spec:
            _cached = (spec, _from_settings(spec))
        return _cached[1]
