from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.problem import Problem
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenRequest,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OAuthError | Problem | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = OAuthError.from_dict(response.json())

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
) -> Response[OAuthError | Problem | TokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    accept_language: None | str | Unset = UNSET,
) -> Response[OAuthError | Problem | TokenResponse]:
    """Get an access token

     The OAuth 2 token endpoint (RFC 6749). Three grants:
    - `password`: a person logs in with `username` and `password`, and receives an access
      token (a JWT, 15 minutes by default) and a refresh token. After 5 failed logins for a
      username within 15 minutes, or 20 from one address, logins are refused with `429` and
      `Retry-After`. A wrong username and a wrong password get the same answer.
    - `refresh_token`: exchanges a refresh token for a new access token and a new refresh
      token (rotation). Presenting a refresh token that was already exchanged ends every
      session of that login; a disabled user's refresh is refused at once.
    - `client_credentials`: a machine client (`/api/v1/api-clients`) sends `client_id` and
      `client_secret` in the body or by HTTP Basic, and receives an access token.

    Accepts a form (`application/x-www-form-urlencoded`) or JSON. Errors follow RFC 6749 §5.2.

    Args:
        accept_language (None | str | Unset):
        body (TokenRequest): A token request (RFC 6749), as a form (`application/x-www-form-
            urlencoded`) or JSON. Example: {'grant_type': 'password', 'username': 'an.nguyen',
            'password': 'a long passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Problem | TokenResponse]
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
    body: TokenRequest,
    accept_language: None | str | Unset = UNSET,
) -> OAuthError | Problem | TokenResponse | None:
    """Get an access token

     The OAuth 2 token endpoint (RFC 6749). Three grants:
    - `password`: a person logs in with `username` and `password`, and receives an access
      token (a JWT, 15 minutes by default) and a refresh token. After 5 failed logins for a
      username within 15 minutes, or 20 from one address, logins are refused with `429` and
      `Retry-After`. A wrong username and a wrong password get the same answer.
    - `refresh_token`: exchanges a refresh token for a new access token and a new refresh
      token (rotation). Presenting a refresh token that was already exchanged ends every
      session of that login; a disabled user's refresh is refused at once.
    - `client_credentials`: a machine client (`/api/v1/api-clients`) sends `client_id` and
      `client_secret` in the body or by HTTP Basic, and receives an access token.

    Accepts a form (`application/x-www-form-urlencoded`) or JSON. Errors follow RFC 6749 §5.2.

    Args:
        accept_language (None | str | Unset):
        body (TokenRequest): A token request (RFC 6749), as a form (`application/x-www-form-
            urlencoded`) or JSON. Example: {'grant_type': 'password', 'username': 'an.nguyen',
            'password': 'a long passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Problem | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenRequest,
    accept_language: None | str | Unset = UNSET,
) -> Response[OAuthError | Problem | TokenResponse]:
    """Get an access token

     The OAuth 2 token endpoint (RFC 6749). Three grants:
    - `password`: a person logs in with `username` and `password`, and receives an access
      token (a JWT, 15 minutes by default) and a refresh token. After 5 failed logins for a
      username within 15 minutes, or 20 from one address, logins are refused with `429` and
      `Retry-After`. A wrong username and a wrong password get the same answer.
    - `refresh_token`: exchanges a refresh token for a new access token and a new refresh
      token (rotation). Presenting a refresh token that was already exchanged ends every
      session of that login; a disabled user's refresh is refused at once.
    - `client_credentials`: a machine client (`/api/v1/api-clients`) sends `client_id` and
      `client_secret` in the body or by HTTP Basic, and receives an access token.

    Accepts a form (`application/x-www-form-urlencoded`) or JSON. Errors follow RFC 6749 §5.2.

    Args:
        accept_language (None | str | Unset):
        body (TokenRequest): A token request (RFC 6749), as a form (`application/x-www-form-
            urlencoded`) or JSON. Example: {'grant_type': 'password', 'username': 'an.nguyen',
            'password': 'a long passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | Problem | TokenResponse]
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
    body: TokenRequest,
    accept_language: None | str | Unset = UNSET,
) -> OAuthError | Problem | TokenResponse | None:
    """Get an access token

     The OAuth 2 token endpoint (RFC 6749). Three grants:
    - `password`: a person logs in with `username` and `password`, and receives an access
      token (a JWT, 15 minutes by default) and a refresh token. After 5 failed logins for a
      username within 15 minutes, or 20 from one address, logins are refused with `429` and
      `Retry-After`. A wrong username and a wrong password get the same answer.
    - `refresh_token`: exchanges a refresh token for a new access token and a new refresh
      token (rotation). Presenting a refresh token that was already exchanged ends every
      session of that login; a disabled user's refresh is refused at once.
    - `client_credentials`: a machine client (`/api/v1/api-clients`) sends `client_id` and
      `client_secret` in the body or by HTTP Basic, and receives an access token.

    Accepts a form (`application/x-www-form-urlencoded`) or JSON. Errors follow RFC 6749 §5.2.

    Args:
        accept_language (None | str | Unset):
        body (TokenRequest): A token request (RFC 6749), as a form (`application/x-www-form-
            urlencoded`) or JSON. Example: {'grant_type': 'password', 'username': 'an.nguyen',
            'password': 'a long passphrase'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | Problem | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_language=accept_language,
        )
    ).parsed
