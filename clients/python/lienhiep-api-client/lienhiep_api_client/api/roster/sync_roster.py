from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job import Job
from ...models.problem import Problem
from ...models.roster_records import RosterRecords
from ...models.sync_report import SyncReport
from ...models.sync_roster_mode import SyncRosterMode
from ...models.sync_roster_on_error import SyncRosterOnError
from ...models.sync_roster_response_422 import SyncRosterResponse422
from ...models.upload_form import UploadForm
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: RosterRecords | File | UploadForm | Unset = UNSET,
    mode: SyncRosterMode | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: SyncRosterOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["dry_run"] = dry_run

    json_on_error: str | Unset = UNSET
    if not isinstance(on_error, Unset):
        json_on_error = on_error.value

    params["on_error"] = json_on_error

    params["async"] = async_

    params["sheet"] = sheet

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/associations/{id}/roster/sync".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if isinstance(body, RosterRecords):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"
    if isinstance(body, UploadForm):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Job | Problem | SyncReport | SyncRosterResponse422 | None:
    if response.status_code == 200:
        response_200 = SyncReport.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = Job.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = SyncRosterResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = Problem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Job | Problem | SyncReport | SyncRosterResponse422]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: RosterRecords | File | UploadForm | Unset = UNSET,
    mode: SyncRosterMode | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: SyncRosterOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Job | Problem | SyncReport | SyncRosterResponse422]:
    """Sync a roster

     Brings the association's roster in step with a file: JSON records (`RosterRecords`), CSV
    (UTF-8 with or without a byte-order mark, comma or semicolon separated, a header row of
    column keys or Vietnamese headers; see `RosterRecord`), or XLSX (the first sheet, a header
    row; `GET …/roster/template.xlsx` is a ready template). Members are matched on
    `external_id`. `mode=upsert` creates and updates; `mode=snapshot` also marks members
    missing from the file as left. `dry_run=true` reports and changes nothing. One invalid
    row and nothing changes (`422` with the report), unless `on_error=skip`. Row-error
    messages are in Vietnamese with `Accept-Language: vi`. Sending the same file twice
    reports everything unchanged; `Idempotency-Key` is honoured. Files with more rows than
    `LIENHIEP_SYNC_JOB_ROWS` (20,000 by default), or any with `async=true`, run as a
    background job: `202` with `Location: /api/v1/jobs/{id}`. Admin, staff, or the
    association's own managers.

    Args:
        id (int):
        mode (SyncRosterMode | Unset): How a roster file relates to the association's roster.
        dry_run (bool | Unset):
        on_error (SyncRosterOnError | Unset): What to do when some rows of an import are invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (RosterRecords): A roster as JSON: its members' records.
        body (File): A file as the request's body: CSV (UTF-8, UTF-16 or Windows-1258) or an XLSX
            workbook, told
            by its first bytes (a ZIP archive is a workbook, `{` or `[` JSON records). `text/csv`
            (with its
            `charset`) and the XLSX media type are read as well.
        body (UploadForm): A file uploaded as a form (`multipart/form-data`), as browsers, Postman
            and low-code tools
            send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job | Problem | SyncReport | SyncRosterResponse422]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        mode=mode,
        dry_run=dry_run,
        on_error=on_error,
        async_=async_,
        sheet=sheet,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: RosterRecords | File | UploadForm | Unset = UNSET,
    mode: SyncRosterMode | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: SyncRosterOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Job | Problem | SyncReport | SyncRosterResponse422 | None:
    """Sync a roster

     Brings the association's roster in step with a file: JSON records (`RosterRecords`), CSV
    (UTF-8 with or without a byte-order mark, comma or semicolon separated, a header row of
    column keys or Vietnamese headers; see `RosterRecord`), or XLSX (the first sheet, a header
    row; `GET …/roster/template.xlsx` is a ready template). Members are matched on
    `external_id`. `mode=upsert` creates and updates; `mode=snapshot` also marks members
    missing from the file as left. `dry_run=true` reports and changes nothing. One invalid
    row and nothing changes (`422` with the report), unless `on_error=skip`. Row-error
    messages are in Vietnamese with `Accept-Language: vi`. Sending the same file twice
    reports everything unchanged; `Idempotency-Key` is honoured. Files with more rows than
    `LIENHIEP_SYNC_JOB_ROWS` (20,000 by default), or any with `async=true`, run as a
    background job: `202` with `Location: /api/v1/jobs/{id}`. Admin, staff, or the
    association's own managers.

    Args:
        id (int):
        mode (SyncRosterMode | Unset): How a roster file relates to the association's roster.
        dry_run (bool | Unset):
        on_error (SyncRosterOnError | Unset): What to do when some rows of an import are invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (RosterRecords): A roster as JSON: its members' records.
        body (File): A file as the request's body: CSV (UTF-8, UTF-16 or Windows-1258) or an XLSX
            workbook, told
            by its first bytes (a ZIP archive is a workbook, `{` or `[` JSON records). `text/csv`
            (with its
            `charset`) and the XLSX media type are read as well.
        body (UploadForm): A file uploaded as a form (`multipart/form-data`), as browsers, Postman
            and low-code tools
            send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job | Problem | SyncReport | SyncRosterResponse422
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        mode=mode,
        dry_run=dry_run,
        on_error=on_error,
        async_=async_,
        sheet=sheet,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: RosterRecords | File | UploadForm | Unset = UNSET,
    mode: SyncRosterMode | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: SyncRosterOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Job | Problem | SyncReport | SyncRosterResponse422]:
    """Sync a roster

     Brings the association's roster in step with a file: JSON records (`RosterRecords`), CSV
    (UTF-8 with or without a byte-order mark, comma or semicolon separated, a header row of
    column keys or Vietnamese headers; see `RosterRecord`), or XLSX (the first sheet, a header
    row; `GET …/roster/template.xlsx` is a ready template). Members are matched on
    `external_id`. `mode=upsert` creates and updates; `mode=snapshot` also marks members
    missing from the file as left. `dry_run=true` reports and changes nothing. One invalid
    row and nothing changes (`422` with the report), unless `on_error=skip`. Row-error
    messages are in Vietnamese with `Accept-Language: vi`. Sending the same file twice
    reports everything unchanged; `Idempotency-Key` is honoured. Files with more rows than
    `LIENHIEP_SYNC_JOB_ROWS` (20,000 by default), or any with `async=true`, run as a
    background job: `202` with `Location: /api/v1/jobs/{id}`. Admin, staff, or the
    association's own managers.

    Args:
        id (int):
        mode (SyncRosterMode | Unset): How a roster file relates to the association's roster.
        dry_run (bool | Unset):
        on_error (SyncRosterOnError | Unset): What to do when some rows of an import are invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (RosterRecords): A roster as JSON: its members' records.
        body (File): A file as the request's body: CSV (UTF-8, UTF-16 or Windows-1258) or an XLSX
            workbook, told
            by its first bytes (a ZIP archive is a workbook, `{` or `[` JSON records). `text/csv`
            (with its
            `charset`) and the XLSX media type are read as well.
        body (UploadForm): A file uploaded as a form (`multipart/form-data`), as browsers, Postman
            and low-code tools
            send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Job | Problem | SyncReport | SyncRosterResponse422]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        mode=mode,
        dry_run=dry_run,
        on_error=on_error,
        async_=async_,
        sheet=sheet,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: RosterRecords | File | UploadForm | Unset = UNSET,
    mode: SyncRosterMode | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: SyncRosterOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Job | Problem | SyncReport | SyncRosterResponse422 | None:
    """Sync a roster

     Brings the association's roster in step with a file: JSON records (`RosterRecords`), CSV
    (UTF-8 with or without a byte-order mark, comma or semicolon separated, a header row of
    column keys or Vietnamese headers; see `RosterRecord`), or XLSX (the first sheet, a header
    row; `GET …/roster/template.xlsx` is a ready template). Members are matched on
    `external_id`. `mode=upsert` creates and updates; `mode=snapshot` also marks members
    missing from the file as left. `dry_run=true` reports and changes nothing. One invalid
    row and nothing changes (`422` with the report), unless `on_error=skip`. Row-error
    messages are in Vietnamese with `Accept-Language: vi`. Sending the same file twice
    reports everything unchanged; `Idempotency-Key` is honoured. Files with more rows than
    `LIENHIEP_SYNC_JOB_ROWS` (20,000 by default), or any with `async=true`, run as a
    background job: `202` with `Location: /api/v1/jobs/{id}`. Admin, staff, or the
    association's own managers.

    Args:
        id (int):
        mode (SyncRosterMode | Unset): How a roster file relates to the association's roster.
        dry_run (bool | Unset):
        on_error (SyncRosterOnError | Unset): What to do when some rows of an import are invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (RosterRecords): A roster as JSON: its members' records.
        body (File): A file as the request's body: CSV (UTF-8, UTF-16 or Windows-1258) or an XLSX
            workbook, told
            by its first bytes (a ZIP archive is a workbook, `{` or `[` JSON records). `text/csv`
            (with its
            `charset`) and the XLSX media type are read as well.
        body (UploadForm): A file uploaded as a form (`multipart/form-data`), as browsers, Postman
            and low-code tools
            send it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Job | Problem | SyncReport | SyncRosterResponse422
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            mode=mode,
            dry_run=dry_run,
            on_error=on_error,
            async_=async_,
            sheet=sheet,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
