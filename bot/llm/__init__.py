"""The langchain layer: any chat model via FAIRMATCH_LLM=provider:model, guarded on both sides and audited.

    from bot.llm import generate, Prompt, LLMUnavailable
    gen = generate(MY_PROMPT, MySchema, data={"text": ...}, params={...}, session=s, tenant_id=t)

Offline is the default: with no model configured `generate` raises LLMUnavailable("not_configured") and
callers use their offline path. Tests inject a model with `set_chat_model_factory`.
"""

from bot.llm.generate import Generation, generate
from bot.llm.guard import TextCheck, check_text, guard_fields, guard_in
from bot.llm.model import (
    ChatModelHandle,
    LLMUnavailable,
    get_chat_model,
    llm_configured,
    set_chat_model_factory,
)
from bot.llm.prompts import Prompt

FALLBACK_NOTICE = {
    "en": "The language model was unavailable; {what} come from the offline generator.",
    "nl": "Het taalmodel was niet beschikbaar; {what} komen uit de offline generator.",
}

__all__ = [
    "FALLBACK_NOTICE",
    "ChatModelHandle",
    "Generation",
    "LLMUnavailable",
    "Prompt",
    "TextCheck",
    "check_text",
    "generate",
    "get_chat_model",
    "guard_fields",
    "guard_in",
    "llm_configured",
    "set_chat_model_factory",
]
