"""One guarded, audited, structured model call: the only way fairmatch talks to a language model.

    gen = generate(KIT, KitDraft, data={...}, params={...}, session=s, tenant_id=t, guard=my_guard)

The data is redacted first (guard.guard_in), the answer is parsed into the pydantic schema, retried on
errors and invalid output, and bounded by FAIRMATCH_LLM_TIMEOUT. Tool calls in the answer other than the
schema itself are never executed: they are counted and dropped. The OUT guard runs before anything is
returned, and every attempt's outcome is written to the audit log with the model id and prompt version.
Any failure raises LLMUnavailable, so callers fall back to their offline path and say so.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ValidationError
from sqlmodel import Session

from bot.llm.guard import guard_fields, guard_in
from bot.llm.model import LLMUnavailable, get_chat_model
from bot.llm.prompts import Prompt
from guardrails import GuardrailError
from storage import audit
from storage.settings import get_settings

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)
Guard = Callable[[T], tuple[T, list[str]]]

ATTEMPTS = 2  # one retry: a second identical failure rarely turns into a third success
BACKOFF_S = 0.25
_JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)
_executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="fairmatch-llm")


@dataclass(frozen=True)
class Generation(Generic[T]):
    """A guarded answer. `flagged` lists the OUT-guard reason codes (what was removed or rewritten)."""

    value: T
    model_id: str
    prompt_version: str
    flagged: list[str]
    ignored_tool_calls: int


def _schema_name(schema: type[BaseModel]) -> str:
    return schema.model_config.get("title") or schema.__name__


def _from_json_text(content: Any, schema: type[T]) -> T:
    text = content if isinstance(content, str) else json.dumps(content)
    found = _JSON_OBJECT.search(text)
    if not found:
        raise ValueError("the answer holds no JSON object")
    return schema.model_validate_json(found.group())


def _ask(model: BaseChatModel, schema: type[T], messages: list[BaseMessage]) -> tuple[T, int]:
    """Parse the answer into `schema`; returns it and the number of other tool calls that were dropped."""
    name = _schema_name(schema)
    if type(model).bind_tools is not BaseChatModel.bind_tools:
        out = model.with_structured_output(schema, include_raw=True).invoke(messages)
        raw: AIMessage = out["raw"]
        calls = list(getattr(raw, "tool_calls", None) or [])
        parsed = out.get("parsed")
        if not isinstance(parsed, schema):
            own = [c for c in calls if c.get("name") == name]
            parsed = schema.model_validate(own[0]["args"]) if own else _from_json_text(raw.content, schema)
        return parsed, sum(1 for c in calls if c.get("name") != name)
    # No tool calling: ask for JSON in the text and validate it ourselves.
    hint = SystemMessage(
        "Answer with one JSON object only, matching this JSON schema:\n"
        + json.dumps(schema.model_json_schema())
    )
    raw = model.invoke([*messages, hint])
    return _from_json_text(raw.content, schema), len(getattr(raw, "tool_calls", None) or [])


def generate(
    prompt: Prompt,
    schema: type[T],
    *,
    data: dict[str, str],
    params: dict[str, str],
    session: Session,
    tenant_id: str | None,
    guard: Guard[T] | None = None,
    lang: str | None = None,
    actor: str = "system",
    candidate_id: str | None = None,
    vacancy_id: str | None = None,
    attempts: int = ATTEMPTS,
) -> Generation[T]:
    """Ask the configured model for a `schema` answer to `prompt`; raises LLMUnavailable on any failure."""
    handle = get_chat_model()
    details: dict[str, Any] = {"purpose": prompt.name}

    def audit_outcome(outcome: str, **extra: Any) -> None:
        audit.record(
            session,
            "llm.generation",
            actor=actor,
            tenant_id=tenant_id,
            candidate_id=candidate_id,
            vacancy_id=vacancy_id,
            model_version=handle.model_id,
            prompt_version=prompt.version,
            details={**details, "outcome": outcome, **extra},
        )

    try:
        prepared = guard_in(data)
    except GuardrailError as exc:
        audit_outcome("failed", reason="guardrails")
        raise LLMUnavailable("guardrails", "the guardrails could not check the prompt text") from exc
    details.update(redacted=prepared.redacted, injection_cut=prepared.injection_cut)
    system, user = prompt.render(prepared.data, params)
    messages: list[BaseMessage] = [SystemMessage(system), HumanMessage(user)]
    timeout = get_settings().llm_timeout_s
    reason = "error"
    started = time.perf_counter()
    for attempt in range(1, attempts + 1):
        try:
            value, ignored = _executor.submit(_ask, handle.model, schema, messages).result(timeout=timeout)
        except FutureTimeout:
            reason = "timeout"
        except (ValidationError, ValueError):
            reason = "invalid_output"
        except Exception as exc:  # provider errors: network, auth, rate limits
            reason = "error"
            log.warning("LLM call failed (%s, attempt %d): %s", handle.model_id, attempt, type(exc).__name__)
        else:
            try:
                guarded, flagged = guard(value) if guard else guard_fields(value, lang)
            except GuardrailError as exc:
                audit_outcome("failed", reason="guardrails", attempts=attempt)
                raise LLMUnavailable("guardrails", "the guardrails could not check the answer") from exc
            audit_outcome(
                "ok",
                attempts=attempt,
                flagged=sorted(set(flagged)),
                ignored_tool_calls=ignored,
                latency_ms=int((time.perf_counter() - started) * 1000),
            )
            return Generation(guarded, handle.model_id, prompt.version, flagged, ignored)
        if attempt < attempts:
            time.sleep(BACKOFF_S * attempt)
    audit_outcome("failed", reason=reason, attempts=attempts)
    raise LLMUnavailable(reason, f"the language model gave no usable answer ({reason})")
