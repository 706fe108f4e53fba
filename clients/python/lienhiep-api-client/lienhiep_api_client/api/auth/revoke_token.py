from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.problem import Problem
from ...models.revoke_request import RevokeRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RevokeRequest,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/revoke",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | OAuthError | Problem | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[Any | OAuthError | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | OAuthError | Problem]:
    """Revoke a refresh token

     Logs out (RFC 7009): the refresh token, and every token rotated from the same login,
    stop working at once. Answers `200` whether or not the token was known. Access tokens
    cannot be revoked; they expire within their lifetime (15 minutes by default).

    Args:
        accept_language (None | str | Unset):
        body (RevokeRequest): A token revocation request (RFC 7009).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    accept_language: None | str | Unset = UNSET,
) -> Any | OAuthError | Problem | None:
    """Revoke a refresh token

     Logs out (RFC 7009): the refresh token, and every token rotated from the same login,
    stop working at once. Answers `200` whether or not the token was known. Access tokens
    cannot be revoked; they expire within their lifetime (15 minutes by default).

    Args:
        accept_language (None | str | Unset):
        body (RevokeRequest): A token revocation request (RFC 7009).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | OAuthError | Problem]:
    """Revoke a refresh token

     Logs out (RFC 7009): the refresh token, and every token rotated from the same login,
    stop working at once. Answers `200` whether or not the token was known. Access tokens
    cannot be revoked; they expire within their lifetime (15 minutes by default).

    Args:
        accept_language (None | str | Unset):
        body (RevokeRequest): A token revocation request (RFC 7009).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | OAuthError | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RevokeRequest,
    accept_language: None | str | Unset = UNSET,
) -> Any | OAuthError | Problem | None:
    """Revoke a refresh token

     Logs out (RFC 7009): the refresh token, and every token rotated from the same login,
    stop working at once. Answers `200` whether or not the token was known. Access tokens
    cannot be revoked; they expire within their lifetime (15 minutes by default).

    Args:
        accept_language (None | str | Unset):
        body (RevokeRequest): A token revocation request (RFC 7009).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | OAuthError | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_language=accept_language,
        )
    ).parsed
