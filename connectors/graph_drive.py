"""A SharePoint document library or OneDrive folder, through Microsoft Graph (msgraph-sdk).

Delta queries give incremental sync: we follow `@odata.nextLink` page by page and keep the final
`@odata.deltaLink` as the cursor. Deleted items come back with a `deleted` facet. App-only auth uses
azure-identity client credentials; the Graph SDK's retry middleware honours 429 `Retry-After`.
The Graph base URL (FAIRMATCH_GRAPH_URL) and the Entra authority (FAIRMATCH_ENTRA_AUTHORITY) are
settings, for national clouds and tests.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar
from urllib.parse import urlparse

from azure.core.exceptions import ClientAuthenticationError
from azure.identity import ClientSecretCredential
from kiota_abstractions.api_error import APIError
from kiota_authentication_azure.azure_identity_authentication_provider import (
    AzureIdentityAuthenticationProvider,
)
from msgraph import GraphRequestAdapter, GraphServiceClient
from msgraph_core import GraphClientFactory

from connectors.base import Change, ConnectorError, Health, Page
from retrieval.parsing import SUPPORTED
from storage.settings import get_settings

T = TypeVar("T")
SCOPE = "https://graph.microsoft.com/.default"


def _explain(exc: APIError) -> ConnectorError:
    status = exc.response_status_code
    if status in (401, 403):
        return ConnectorError(
            f"Microsoft Graph refused access (HTTP {status}): check the app's client id and "
            "secret, and that it has Files.Read.All or Sites.Selected on this drive"
        )
    if status == 404:
        return ConnectorError("Microsoft Graph does not know this drive or folder (HTTP 404)")
    if status == 410:
        return ConnectorError("the saved delta cursor expired (HTTP 410); remove and re-add the connector")
    return ConnectorError(f"Microsoft Graph answered HTTP {status}")


class GraphDriveConnector:
    kind = "graph-drive"

    def __init__(
        self,
        *,
        drive: str,
        folder: str | None,
        entra_tenant: str,
        client_id: str,
        client_secret: str | None,
        sourced: bool = False,
    ) -> None:
        if not client_secret:
            raise ConnectorError("the graph-drive connector has no client secret")
        self.drive, self.folder = drive, folder or "root"
        self.entra_tenant, self.client_id, self._secret = entra_tenant, client_id, client_secret
        self.sourced = sourced

    def _run(self, work: Callable[[GraphServiceClient], Awaitable[T]]) -> T:
        """Each call gets its own event loop and client: callers are synchronous (CLI, scheduler threads)."""

        async def go() -> T:
            settings = get_settings()
            credential = ClientSecretCredential(
                self.entra_tenant,
                self.client_id,
                self._secret,
                authority=settings.entra_authority,
                disable_instance_discovery=True,
            )
            host = urlparse(settings.graph_url).hostname or "graph.microsoft.com"
            auth = AzureIdentityAuthenticationProvider(credential, scopes=[SCOPE], allowed_hosts=[host])
            http = GraphClientFactory.create_with_default_middleware()
            http.base_url = settings.graph_url.rstrip("/")
            adapter = GraphRequestAdapter(auth, http)
            adapter.base_url = settings.graph_url.rstrip("/")
            try:
                return await work(GraphServiceClient(request_adapter=adapter))
            except APIError as exc:
                raise _explain(exc) from None
            except ClientAuthenticationError:
                raise ConnectorError(
                    "Entra ID refused the app's credentials: check the tenant id, the client "
                    "id and the secret"
                ) from None
            except ConnectorError:
                raise
            except Exception as exc:  # network trouble
                raise ConnectorError(f"Microsoft Graph is unreachable: {type(exc).__name__}") from None
            finally:
                await http.aclose()
                credential.close()

        return asyncio.run(go())

    def pages(self, cursor: str | None) -> Iterator[Page]:
        url = cursor
        while True:
            response = self._run(lambda client, url=url: self._fetch_page(client, url))
            changes = []
            for item in response.value or []:
                if item.folder is not None and item.deleted is None:
                    continue
                if item.deleted is not None:
                    changes.append(Change(item.id, "delete"))
                elif item.file is not None and _supported(item.name):
                    changes.append(Change(item.id, "upsert", item.name))
            if response.odata_next_link:  # resumable: a restart continues from the next page
                url = response.odata_next_link
                yield Page(changes, url)
                continue
            yield Page(changes, response.odata_delta_link or url)
            return

    async def _fetch_page(self, client: GraphServiceClient, url: str | None):
        builder = client.drives.by_drive_id(self.drive).items.by_drive_item_id(self.folder).delta
        return await (builder.with_url(url).get() if url else builder.get())

    def fetch(self, change: Change) -> bytes:
        async def download(client: GraphServiceClient) -> bytes:
            data = (
                await client.drives.by_drive_id(self.drive).items.by_drive_item_id(change.ref).content.get()
            )
            if data is None:
                raise ConnectorError("Microsoft Graph returned no content for the document")
            return data

        return self._run(download)

    def health(self) -> Health:
        async def probe(client: GraphServiceClient) -> str:
            drive = await client.drives.by_drive_id(self.drive).get()
            return drive.name or self.drive if drive else self.drive

        try:
            name = self._run(probe)
        except ConnectorError as exc:
            return Health(False, str(exc))
        return Health(True, f"signed in; drive {name!r} is readable")


def _supported(name: str | None) -> bool:
    return bool(name) and ("." + name.rsplit(".", 1)[-1].lower()) in SUPPORTED
