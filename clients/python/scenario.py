"""What a third party does with the generated client, against a running service.

Every call goes through the typed client (no hand-written request, no cast); CI checks this
file with `mypy --strict` and runs it:

    LIENHIEP_URL=http://127.0.0.1:8080 LIENHIEP_USERNAME=… LIENHIEP_PASSWORD=… python scenario.py
"""

from __future__ import annotations

import io
import os
import time

from lienhiep_api_client import AuthenticatedClient, Client
from lienhiep_api_client.api.api_clients import create_api_client
from lienhiep_api_client.api.associations import create_association, get_association, update_association
from lienhiep_api_client.api.auth import create_token
from lienhiep_api_client.api.jobs import get_job
from lienhiep_api_client.api.members import create_member, list_association_members
from lienhiep_api_client.api.roster import sync_roster
from lienhiep_api_client.api.statistics import get_statistics_summary, get_statistics_summary_csv
from lienhiep_api_client.models import (
    ApiClientInput,
    Association,
    AssociationInput,
    AssociationKind,
    AssociationPatch,
    Gender,
    GrantType,
    Job,
    JobState,
    MemberInput,
    Problem,
    Role,
    RosterRecord,
    RosterRecords,
    StatisticsSummary,
    SyncReport,
    SyncRosterResponse422,
    TokenRequest,
    TokenResponse,
    UploadForm,
)
from lienhiep_api_client.types import UNSET, File, Response, Unset

BASE_URL = os.environ["LIENHIEP_URL"]
STAMP = format(int(time.time() * 1000), "x")


def token(request: TokenRequest) -> str:
    """A bearer token for the grant, asked of `POST /api/v1/auth/token`."""
    answer = create_token.sync_detailed(client=Client(base_url=BASE_URL), body=request)
    assert isinstance(answer.parsed, TokenResponse), f"token: {answer.status_code} {answer.content!r}"
    assert answer.parsed.token_type.lower() == "bearer"
    return answer.parsed.access_token


def roster(rows: list[str]) -> bytes:
    header = "Mã hội viên;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Trình độ"
    return ("\r\n".join([header, *rows]) + "\r\n").encode()


def report_of(answer: Response[Job | Problem | SyncReport | SyncRosterResponse422], step: str) -> SyncReport:
    assert isinstance(answer.parsed, SyncReport), f"{step}: {answer.status_code} {answer.content!r}"
    return answer.parsed


def main() -> None:
    # 1. Log in as a user (password grant).
    user = AuthenticatedClient(
        base_url=BASE_URL,
        token=token(
            TokenRequest(
                grant_type=GrantType.PASSWORD,
                username=os.environ["LIENHIEP_USERNAME"],
                password=os.environ["LIENHIEP_PASSWORD"],
            )
        ),
    )

    # 2. A machine client logs in with its own credentials (client credentials grant).
    created = create_api_client.sync(
        client=user, body=ApiClientInput(name=f"Hệ thống thống kê {STAMP}", roles=[Role.STATISTICS_READER])
    )
    assert created is not None and not isinstance(created, Problem), f"api client: {created}"
    machine = AuthenticatedClient(
        base_url=BASE_URL,
        token=token(
            TokenRequest(
                grant_type=GrantType.CLIENT_CREDENTIALS,
                client_id=created.client_id,
                client_secret=created.client_secret,
            )
        ),
    )

    # 3. An association and a member.
    association = create_association.sync(
        client=user, body=AssociationInput(name=f"Hội Làm vườn {STAMP}", kind=AssociationKind.MEMBER_ASSOCIATION)
    )
    assert association is not None and not isinstance(association, Problem), f"association: {association}"
    member = create_member.sync(
        association.id,
        client=user,
        body=MemberInput(full_name="Lò Thị Hoa", gender=Gender.FEMALE, birth_year=1975, external_id=f"HV-{STAMP}-1"),
    )
    assert member is not None and not isinstance(member, Problem), f"member: {member}"
    assert member.person.full_name == "Lò Thị Hoa"

    # 4. A roster as a form's file part, then as the raw body.
    file = roster([f"HV-{STAMP}-2;Lò Thị Mai;Nữ;02/04/1980;Thái;Thạc sĩ", f"HV-{STAMP}-3;Cầm Văn Sơn;Nam;1962;Thái;Đại học"])
    as_form = sync_roster.sync_detailed(
        association.id,
        client=user,
        body=UploadForm(file=File(payload=io.BytesIO(file), file_name="danh-sach.csv", mime_type="text/csv")),
    )
    assert report_of(as_form, "sync as a form").created == 2
    as_bytes = sync_roster.sync_detailed(
        association.id,
        client=user,
        body=File(payload=io.BytesIO(roster([f"HV-{STAMP}-4;Lò Thị Hương;Nữ;1990-01-15;Kinh;Tiến sĩ"]))),
    )
    assert report_of(as_bytes, "sync as bytes").created == 1

    # 5. A sync run as a background job: 202, then the job is followed to its report.
    started = sync_roster.sync_detailed(
        association.id,
        client=user,
        async_=True,
        body=RosterRecords(records=[RosterRecord(external_id=f"HV-{STAMP}-5", full_name="Lò Thị Lan", birth_year=2001)]),
    )
    assert started.status_code == 202 and isinstance(started.parsed, Job), f"job: {started.content!r}"
    job = started.parsed
    polls = 0
    while job.state in (JobState.QUEUED, JobState.RUNNING):
        polls += 1
        assert polls < 60, "the job ends within a minute"
        time.sleep(min(int(started.headers.get("Retry-After", "1")), 1))
        polled = get_job.sync(job.id, client=user)
        assert isinstance(polled, Job), f"job: {polled}"
        job = polled
    assert job.state == JobState.COMPLETED, f"job: {job.error}"
    assert isinstance(job.report, SyncReport), f"a roster sync's job reports a sync: {job.report}"
    assert job.report.created == 1

    # 6. Members found by a Vietnamese search, a page of one at a time.
    found: list[str] = []
    cursor: str | None = None
    while True:
        page = list_association_members.sync_detailed(
            association.id, client=user, q="lò thị", limit=1, include_total=True, cursor=cursor or UNSET
        )
        assert not isinstance(page.parsed, Problem) and page.parsed is not None, f"members: {page.content!r}"
        found.extend(m.person.full_name for m in page.parsed.items)
        assert page.parsed.total == 4
        cursor = page.parsed.next_cursor if isinstance(page.parsed.next_cursor, str) else None
        assert ('rel="next"' in page.headers.get("Link", "")) == (cursor is not None)
        if cursor is None:
            break
    assert sorted(found) == ["Lò Thị Hoa", "Lò Thị Hương", "Lò Thị Lan", "Lò Thị Mai"], found

    # 7. The statistics, as the provincial system reads them: JSON, and CSV.
    summary = get_statistics_summary.sync(client=machine, fresh=True)
    assert isinstance(summary, StatisticsSummary), f"summary: {summary}"
    assert summary.resources
    csv = get_statistics_summary_csv.sync_detailed(client=machine)
    assert csv.status_code == 200 and isinstance(csv.parsed, str), f"summary.csv: {csv.content!r}"
    assert csv.headers["Content-Type"].startswith("text/csv")
    assert len(csv.parsed.splitlines()) > 1, "a header and rows"

    # 8. A stale version is refused with a typed 412, a broken rule with a typed 422 (in Vietnamese).
    read = get_association.sync_detailed(association.id, client=user)
    etag = read.headers["ETag"]

    def patch(description: str) -> Response[Association | Problem]:
        return update_association.sync_detailed(
            association.id, client=user, if_match=etag, body=AssociationPatch(description=description)
        )

    assert patch("Hội của những người làm vườn").status_code == 200
    stale = patch("Một thay đổi muộn")
    assert stale.status_code == 412 and isinstance(stale.parsed, Problem), f"412: {stale.content!r}"
    assert stale.parsed.code == "precondition_failed"

    invalid = create_member.sync_detailed(
        association.id, client=user, accept_language="vi", body=MemberInput(full_name="L", birth_year=1800)
    )
    assert invalid.status_code == 422 and isinstance(invalid.parsed, Problem), f"422: {invalid.content!r}"
    assert invalid.parsed.code == "validation_failed"
    errors = [] if isinstance(invalid.parsed.errors, Unset) else invalid.parsed.errors
    assert sorted(e.field for e in errors) == ["birth_year", "full_name"]
    assert invalid.headers["Content-Language"] == "vi"

    print(f"python scenario passed: association {association.id}, job {job.id}, {len(found)} members found")


if __name__ == "__main__":
    main()
