from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_jwks_response_200 import GetJwksResponse200
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/auth/jwks.json",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetJwksResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = GetJwksResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 431:
        response_431 = Problem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetJwksResponse200 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> Response[GetJwksResponse200 | Problem]:
    """Public signing keys

     The JWK Set (RFC 7517) of the keys that sign access tokens, so that other systems can
    verify our tokens without holding a secret. Tokens name their key in the `kid` header.
    Empty when tokens are signed with a shared secret (HS256): configure
    `LIENHIEP_JWT_ED25519_KEY_FILE` to sign with EdDSA and publish the public key here.

    Args:
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetJwksResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> GetJwksResponse200 | Problem | None:
    """Public signing keys

     The JWK Set (RFC 7517) of the keys that sign access tokens, so that other systems can
    verify our tokens without holding a secret. Tokens name their key in the `kid` header.
    Empty when tokens are signed with a shared secret (HS256): configure
    `LIENHIEP_JWT_ED25519_KEY_FILE` to sign with EdDSA and publish the public key here.

    Args:
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetJwksResponse200 | Problem
    """

    return sync_detailed(
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> Response[GetJwksResponse200 | Problem]:
    """Public signing keys

     The JWK Set (RFC 7517) of the keys that sign access tokens, so that other systems can
    verify our tokens without holding a secret. Tokens name their key in the `kid` header.
    Empty when tokens are signed with a shared secret (HS256): configure
    `LIENHIEP_JWT_ED25519_KEY_FILE` to sign with EdDSA and publish the public key here.

    Args:
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetJwksResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> GetJwksResponse200 | Problem | None:
    """Public signing keys

     The JWK Set (RFC 7517) of the keys that sign access tokens, so that other systems can
    verify our tokens without holding a secret. Tokens name their key in the `kid` header.
    Empty when tokens are signed with a shared secret (HS256): configure
    `LIENHIEP_JWT_ED25519_KEY_FILE` to sign with EdDSA and publish the public key here.

    Args:
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetJwksResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            accept_language=accept_language,
        )
    ).parsed
