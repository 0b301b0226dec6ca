import { expect } from "vitest";

/** The problem document every error response carries. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  message: string;
  error_code: string;
  request_id: string;
  errors?: Array<{ field: string; message: string }>;
  [extra: string]: unknown;
}

/**
 * Asserts that a response is an RFC 9457 problem with the given status and error code, carrying
 * WealthOS's `message`/`error_code` and a `request_id` equal to the `x-request-id` header.
 */
export async function expectProblem(res: Response, status: number, code: string): Promise<ProblemBody> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = JSON.parse(text) as ProblemBody;
  expect(body).toMatchObject({
    type: `/problems/${code}`,
    title: expect.any(String),
    status,
    detail: expect.any(String),
    instance: expect.stringMatching(/^\//),
    error_code: code,
    request_id: expect.any(String),
  });
  expect(body.title.length).toBeGreaterThan(0);
  expect(body.detail.length).toBeGreaterThan(0);
  expect(body.message).toBe(body.detail);
  expect(body.request_id).toBe(res.headers.get("x-request-id"));
  return body;
}

/** Asserts a 400 `validation_failed` problem whose `errors` name exactly the given fields. */
export async function expectValidation(res: Response, fields: string[]): Promise<ProblemBody> {
  const body = await expectProblem(res, 400, "validation_failed");
  expect(body.errors).toBeInstanceOf(Array);
  for (const error of body.errors ?? []) {
    expect(error).toEqual({ field: expect.any(String), message: expect.any(String) });
    expect(error.message.length).toBeGreaterThan(0);
  }
  expect([...new Set(body.errors?.map((e) => e.field))].sort()).toEqual([...fields].sort());
  return body;
}
