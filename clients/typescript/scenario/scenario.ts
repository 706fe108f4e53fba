// What a third party does with the generated client, against a running service: every call
// goes through the typed client (no hand-written request, no cast, no `any`). Run by CI:
//   LIENHIEP_URL=http://127.0.0.1:8080 LIENHIEP_USERNAME=… LIENHIEP_PASSWORD=… npm run scenario
import assert from "node:assert/strict";

import { lienhiepClient, type Problem, type Schemas } from "../src/index.js";

const baseUrl = required("LIENHIEP_URL");
const anonymous = lienhiepClient({ baseUrl });
const stamp = Date.now().toString(36);

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`set ${name}`);
  return value;
}

/** Stops the scenario with what the service answered. */
function fail(step: string, problem: Problem | undefined, response: Response): never {
  throw new Error(`${step}: ${response.status} ${JSON.stringify(problem)}`);
}

/** A bearer token for the grant, asked of `POST /api/v1/auth/token`. */
async function token(request: Schemas["TokenRequest"]): Promise<string> {
  const { data, error, response } = await anonymous.POST("/api/v1/auth/token", {
    body: request,
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  if (!data) throw new Error(`token: ${response.status} ${JSON.stringify(error)}`);
  assert.equal(data.token_type.toLowerCase(), "bearer");
  return data.access_token;
}

const roster = (rows: string[]): string =>
  ["Mã hội viên;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Trình độ", ...rows].join("\r\n") + "\r\n";

// 1. Log in as a user (password grant).
const user = lienhiepClient({
  baseUrl,
  headers: {
    Authorization: `Bearer ${await token({
      grant_type: "password",
      username: required("LIENHIEP_USERNAME"),
      password: required("LIENHIEP_PASSWORD"),
    })}`,
  },
});

// 2. A machine client logs in with its own credentials (client credentials grant).
const created = await user.POST("/api/v1/api-clients", {
  body: { name: `Hệ thống thống kê ${stamp}`, roles: ["statistics_reader"] },
});
if (!created.data) fail("api client", created.error, created.response);
const machine = lienhiepClient({
  baseUrl,
  headers: {
    Authorization: `Bearer ${await token({
      grant_type: "client_credentials",
      client_id: created.data.client_id,
      client_secret: created.data.client_secret,
    })}`,
  },
});

// 3. An association and a member.
const association = await user.POST("/api/v1/associations", {
  body: { name: `Hội Làm vườn ${stamp}`, kind: "member_association", short_name: "Hội Làm vườn" },
});
if (!association.data) fail("association", association.error, association.response);
const associationId = association.data.id;
const member = await user.POST("/api/v1/associations/{id}/members", {
  params: { path: { id: associationId } },
  body: { full_name: "Lò Thị Hoa", gender: "female", birth_year: 1975, external_id: `HV-${stamp}-1` },
});
if (!member.data) fail("member", member.error, member.response);
assert.equal(member.data.person.full_name, "Lò Thị Hoa");

// 4. A roster as a form's file part, then as the raw body.
const asForm = await user.POST("/api/v1/associations/{id}/roster/sync", {
  params: { path: { id: associationId } },
  body: { file: roster([`HV-${stamp}-2;Lò Thị Mai;Nữ;02/04/1980;Thái;Thạc sĩ`, `HV-${stamp}-3;Cầm Văn Sơn;Nam;1962;Thái;Đại học`]) },
  bodySerializer(body) {
    const form = new FormData();
    if (typeof body === "object" && "file" in body) {
      form.append("file", new Blob([body.file], { type: "text/csv" }), "danh-sach.csv");
    }
    return form;
  },
});
if (!asForm.data) fail("sync as a form", asForm.error, asForm.response);
assert.ok("applied" in asForm.data, "a small file is synced at once");
assert.equal(asForm.data.created, 2);

const asBytes = await user.POST("/api/v1/associations/{id}/roster/sync", {
  params: { path: { id: associationId } },
  body: roster([`HV-${stamp}-4;Lò Thị Hương;Nữ;1990-01-15;Kinh;Tiến sĩ`]),
  headers: { "Content-Type": "application/octet-stream" },
  bodySerializer: (body) => (typeof body === "string" ? body : ""),
});
if (!asBytes.data) fail("sync as bytes", asBytes.error, asBytes.response);
assert.ok("applied" in asBytes.data);
assert.equal(asBytes.data.created, 1);

// 5. A sync run as a background job: 202, then the job is followed to its report.
const started = await user.POST("/api/v1/associations/{id}/roster/sync", {
  params: { path: { id: associationId }, query: { async: true } },
  body: { records: [{ external_id: `HV-${stamp}-5`, full_name: "Lò Thị Lan", birth_year: 2001 }] },
});
if (!started.data) fail("sync as a job", started.error, started.response);
assert.equal(started.response.status, 202);
assert.ok("state" in started.data, "a 202 answers the job");
let job: Schemas["Job"] = started.data;
for (let polls = 0; job.state === "queued" || job.state === "running"; polls++) {
  assert.ok(polls < 60, "the job ends within a minute");
  const wait = Number(started.response.headers.get("Retry-After") ?? "1");
  await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 1) * 1000));
  const polled = await user.GET("/api/v1/jobs/{id}", { params: { path: { id: job.id } } });
  if (!polled.data) fail("job", polled.error, polled.response);
  job = polled.data;
}
assert.equal(job.state, "completed", job.error ?? "");
assert.ok(job.report && "updated" in job.report, "a roster sync's job reports a sync");
assert.equal(job.report.created, 1);

// 6. Members found by a Vietnamese search, a page of one at a time.
const found: string[] = [];
let cursor: string | undefined;
do {
  const page = await user.GET("/api/v1/associations/{id}/members", {
    params: { path: { id: associationId }, query: { q: "lò thị", limit: 1, include_total: true, cursor } },
  });
  if (!page.data) fail("members", page.error, page.response);
  found.push(...page.data.items.map((m) => m.person.full_name));
  assert.equal(page.data.total, 4);
  cursor = page.data.next_cursor ?? undefined;
  assert.equal(page.response.headers.get("Link")?.includes('rel="next"') ?? false, cursor !== undefined);
} while (cursor);
assert.deepEqual(found.sort(), ["Lò Thị Hoa", "Lò Thị Hương", "Lò Thị Lan", "Lò Thị Mai"]);

// 7. The statistics, as the provincial system reads them: JSON, and CSV.
const summary = await machine.GET("/api/v1/statistics/summary", { params: { query: { fresh: true } } });
if (!summary.data) fail("summary", summary.error, summary.response);
assert.ok(summary.data.resources.length > 0);
const csv = await machine.GET("/api/v1/statistics/summary.csv", { parseAs: "text" });
if (csv.data === undefined) fail("summary.csv", csv.error, csv.response);
assert.match(csv.response.headers.get("Content-Type") ?? "", /^text\/csv/);
assert.ok(csv.data.split("\n").length > 1, "a header and rows");

// 8. A stale version is refused with a typed 412, a broken rule with a typed 422 (in Vietnamese).
const read = await user.GET("/api/v1/associations/{id}", { params: { path: { id: associationId } } });
const etag = read.response.headers.get("ETag");
assert.ok(read.data && etag);
const patch = (description: string) =>
  user.PATCH("/api/v1/associations/{id}", {
    params: { path: { id: associationId }, header: { "If-Match": etag } },
    body: { description },
  });
assert.equal((await patch("Hội của những người làm vườn")).response.status, 200);
const stale = await patch("Một thay đổi muộn");
assert.equal(stale.response.status, 412);
assert.equal(stale.error?.code, "precondition_failed");

const invalid = await user.POST("/api/v1/associations/{id}/members", {
  params: { path: { id: associationId }, header: { "Accept-Language": "vi" } },
  body: { full_name: "L", birth_year: 1800 },
});
assert.equal(invalid.response.status, 422);
assert.equal(invalid.error?.code, "validation_failed");
const fields = (invalid.error?.errors ?? []).map((e) => e.field).sort();
assert.deepEqual(fields, ["birth_year", "full_name"]);
assert.equal(invalid.response.headers.get("Content-Language"), "vi");

console.log(`typescript scenario passed: association ${associationId}, job ${job.id}, ${found.length} members found`);
