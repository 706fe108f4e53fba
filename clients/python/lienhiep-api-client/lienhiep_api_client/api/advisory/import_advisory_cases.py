from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advisory_import_records import AdvisoryImportRecords
from ...models.import_advisory_cases_on_error import ImportAdvisoryCasesOnError
from ...models.import_advisory_cases_response_422 import ImportAdvisoryCasesResponse422
from ...models.import_report import ImportReport
from ...models.job import Job
from ...models.problem import Problem
from ...models.upload_form import UploadForm
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: AdvisoryImportRecords | File | UploadForm | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: ImportAdvisoryCasesOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

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
        "url": "/api/v1/advisory-opinions/import",
        "params": params,
    }

    if isinstance(body, AdvisoryImportRecords):
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
) -> ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem | None:
    if response.status_code == 200:
        response_200 = ImportReport.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = ImportReport.from_dict(response.json())

        return response_201

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

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = ImportAdvisoryCasesResponse422.from_dict(response.json())

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
) -> Response[ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AdvisoryImportRecords | File | UploadForm | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: ImportAdvisoryCasesOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem]:
    """Import advisory cases

     Loads historical cases with where each stands: JSON records (`AdvisoryImportRecords`) or
    a CSV file or XLSX workbook (as the body or a form's `file` part; see `docs/api/imports.md`)
    with those keys or Vietnamese headers; code-list cells may hold labels. Each record is checked as
    a new case, and its history must be complete and in order (a declined case has its
    reason, an answered one the date of its opinion, a closed one its closing date; the dates
    of the steps, those optional too, in the order of the steps and none in the future). All or
    nothing: any bad row is a `422` whose errors name the row as `[n].field`. Staff and admin
    only.

    Args:
        dry_run (bool | Unset):
        on_error (ImportAdvisoryCasesOnError | Unset): What to do when some rows of an import are
            invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (AdvisoryImportRecords): Advisory cases as JSON.
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
        Response[ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        on_error=on_error,
        async_=async_,
        sheet=sheet,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: AdvisoryImportRecords | File | UploadForm | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: ImportAdvisoryCasesOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem | None:
    """Import advisory cases

     Loads historical cases with where each stands: JSON records (`AdvisoryImportRecords`) or
    a CSV file or XLSX workbook (as the body or a form's `file` part; see `docs/api/imports.md`)
    with those keys or Vietnamese headers; code-list cells may hold labels. Each record is checked as
    a new case, and its history must be complete and in order (a declined case has its
    reason, an answered one the date of its opinion, a closed one its closing date; the dates
    of the steps, those optional too, in the order of the steps and none in the future). All or
    nothing: any bad row is a `422` whose errors name the row as `[n].field`. Staff and admin
    only.

    Args:
        dry_run (bool | Unset):
        on_error (ImportAdvisoryCasesOnError | Unset): What to do when some rows of an import are
            invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (AdvisoryImportRecords): Advisory cases as JSON.
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
        ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        dry_run=dry_run,
        on_error=on_error,
        async_=async_,
        sheet=sheet,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AdvisoryImportRecords | File | UploadForm | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: ImportAdvisoryCasesOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem]:
    """Import advisory cases

     Loads historical cases with where each stands: JSON records (`AdvisoryImportRecords`) or
    a CSV file or XLSX workbook (as the body or a form's `file` part; see `docs/api/imports.md`)
    with those keys or Vietnamese headers; code-list cells may hold labels. Each record is checked as
    a new case, and its history must be complete and in order (a declined case has its
    reason, an answered one the date of its opinion, a closed one its closing date; the dates
    of the steps, those optional too, in the order of the steps and none in the future). All or
    nothing: any bad row is a `422` whose errors name the row as `[n].field`. Staff and admin
    only.

    Args:
        dry_run (bool | Unset):
        on_error (ImportAdvisoryCasesOnError | Unset): What to do when some rows of an import are
            invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (AdvisoryImportRecords): Advisory cases as JSON.
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
        Response[ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
        on_error=on_error,
        async_=async_,
        sheet=sheet,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AdvisoryImportRecords | File | UploadForm | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    on_error: ImportAdvisoryCasesOnError | Unset = UNSET,
    async_: bool | Unset = UNSET,
    sheet: str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem | None:
    """Import advisory cases

     Loads historical cases with where each stands: JSON records (`AdvisoryImportRecords`) or
    a CSV file or XLSX workbook (as the body or a form's `file` part; see `docs/api/imports.md`)
    with those keys or Vietnamese headers; code-list cells may hold labels. Each record is checked as
    a new case, and its history must be complete and in order (a declined case has its
    reason, an answered one the date of its opinion, a closed one its closing date; the dates
    of the steps, those optional too, in the order of the steps and none in the future). All or
    nothing: any bad row is a `422` whose errors name the row as `[n].field`. Staff and admin
    only.

    Args:
        dry_run (bool | Unset):
        on_error (ImportAdvisoryCasesOnError | Unset): What to do when some rows of an import are
            invalid.
        async_ (bool | Unset):
        sheet (str | Unset):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (AdvisoryImportRecords): Advisory cases as JSON.
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
        ImportAdvisoryCasesResponse422 | ImportReport | Job | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            dry_run=dry_run,
            on_error=on_error,
            async_=async_,
            sheet=sheet,
            idempotency_key=idempotency_key,
            accept_language=accept_language,
        )
    ).parsed
