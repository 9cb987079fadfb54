// The API's shapes as the web app reads them: names for the responses of api.generated.ts,
// which is generated from the server's OpenAPI document (npm run gen:api-types). Nothing here
// describes a response by hand; a shape the server changes shows up as a type error.
import type { paths } from './api.generated';

/** The JSON body of a route's answer with `status`. */
type Json<Path extends keyof paths, Method extends keyof paths[Path], Status extends number = 200> = paths[Path][Method] extends {
  responses: infer Responses;
}
  ? Status extends keyof Responses
    ? Responses[Status] extends { content: { 'application/json': infer Body } }
      ? Body
      : never
    : never
  : never;

/** The JSON body a route takes. */
type RequestJson<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method] extends {
  requestBody?: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

type ItemOf<List> = List extends readonly (infer Item)[] ? Item : never;

export type Session = Json<'/api/auth/login', 'post'>;
export type Credentials = RequestJson<'/api/auth/login', 'post'>;
export type User = Session['user'];
/** What POST /api/auth/refresh answers: the new access and refresh tokens. */
export type TokenPair = Json<'/api/auth/refresh', 'post'>;
export type Me = Json<'/api/me/', 'get'>;
export type ExplanationDepth = Me['explanationDepth'];

export type ProblemPage = Json<'/api/problems/', 'get'>;
export type ProblemSummary = ItemOf<ProblemPage['items']>;
export type Problem = Json<'/api/problems/{slug}', 'get'>;
export type PublicTest = ItemOf<Problem['tests']>;
export type Difficulty = Problem['difficulty'];
export type Category = Problem['category'];
export type ProblemStatus = Problem['status'];
export type PatternId = ItemOf<Problem['targetPatterns']>;
export type TimeClass = Problem['optimal'];

/** What a run answers: the judge output without a stored submission's identity. */
export type JudgeOutput = Json<'/api/run', 'post'>;
/** A stored submission as POST answers it; GET /api/submissions/:id adds its code. */
export type Submission = Json<'/api/submissions', 'post', 201>;
export type SubmissionWithCode = Json<'/api/submissions/{id}', 'get'>;
export type TestResult = ItemOf<JudgeOutput['tests']>;
export type TestStatus = TestResult['status'];
export type Verdict = NonNullable<JudgeOutput['verdict']>;
export type Finding = ItemOf<JudgeOutput['patterns']>;
export type Severity = Finding['severity'];
export type Complexity = NonNullable<JudgeOutput['complexity']>;
export type Feedback = NonNullable<JudgeOutput['feedback']>;
export type SubmissionPage = Json<'/api/submissions', 'get'>;
/** One row of `GET /api/submissions`: the verdict without the report or the code. */
export type SubmissionSummary = ItemOf<SubmissionPage['items']>;

/** The error patterns with their titles and their detectors' documentation ("learn more"). */
export type PatternList = Json<'/api/patterns', 'get'>;
export type PatternSummary = ItemOf<PatternList['items']>;

export type Dashboard = Json<'/api/me/dashboard', 'get'>;
export type DashboardPattern = ItemOf<Dashboard['patterns']>;
export type Recommendation = ItemOf<Json<'/api/me/recommendations', 'get'>['items']>;

/** The hints of a problem opened so far (GET/POST /api/problems/:slug/hints). */
export type HintLadder = Json<'/api/problems/{slug}/hints', 'get'>;
/** The reference solution, once solved or asked for (GET /api/problems/:slug/solution). */
export type ReferenceSolution = Json<'/api/problems/{slug}/solution/reveal', 'post'>;

export type MockInterview = Json<'/api/mock-interviews/{id}', 'get'>;
export type MockInterviewProblemReport = ItemOf<NonNullable<MockInterview['report']>['problems']>;
