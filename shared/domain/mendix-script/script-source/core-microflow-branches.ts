// Source text of the generated apply-connector.ts (it type-checks against mendixmodelsdk only
// once written out: the test suite does that with tsc --strict). No backticks or dollar-braces here.

/** The branching parts of an operation microflow: required checks, "when set" entries, the credentials split. */
export const coreMicroflowBranchesSource = String.raw`// ---- Branches: required inputs, entries sent when set, the session token of temporary credentials. ----

/** Studio Pro 10.15 keeps a flow's case in a list (caseValues); earlier versions in one caseValue. */
function caseContainer(flow: microflows.SequenceFlow): 'list' | 'single' {
  return flow.model.metaModelVersion.isAfterOrEqual(Version.parse('10.15.0')) ? 'list' : 'single';
}

/** The case of a flow out of a decision: true or false. */
function booleanCase(flow: microflows.SequenceFlow, value: boolean): void {
  const item = caseContainer(flow) === 'list'
    ? microflows.EnumerationCase.createInSequenceFlowUnderCaseValues(flow)
    : microflows.EnumerationCase.createInSequenceFlowUnderCaseValue(flow);
  item.value = value ? 'true' : 'false';
}

/** The case of a flow out of an inheritance split: objects of this entity (or its specializations not cased). */
function entityCase(flow: microflows.SequenceFlow, entityName: string): void {
  const item = caseContainer(flow) === 'list'
    ? microflows.InheritanceCase.createInSequenceFlowUnderCaseValues(flow)
    : microflows.InheritanceCase.createInSequenceFlowUnderCaseValue(flow);
  const entity = flow.model.findEntityByQualifiedName(entityName);
  if (!entity) throw new Error('entity ' + entityName + ' is missing');
  item.value = entity;
}

/** The main line of a microflow: each object follows the last, a decision's next one on its true flow. */
class Chain {
  private pendingTrue = false;
  constructor(readonly canvas: Canvas, public last: microflows.MicroflowObject) {}
  to(next: microflows.MicroflowObject | null): void {
    if (!next) return;
    const flow = this.canvas.flow(this.last, next);
    if (this.pendingTrue) booleanCase(flow, true);
    this.pendingTrue = false;
    this.last = next;
  }
  /** A decision on an expression; the chain goes on along its true flow. */
  decision(caption: string, expression: string): microflows.ExclusiveSplit {
    const split = this.canvas.place(microflows.ExclusiveSplit.createIn(this.canvas.collection));
    const condition = microflows.ExpressionSplitCondition.create(this.canvas.microflow.model);
    condition.expression = expression;
    split.splitCondition = condition;
    split.caption = caption;
    this.to(split);
    this.pendingTrue = true;
    return split;
  }
}

/** A log activity at error level; in an error handler it includes the latest error's stack trace. */
function logError(canvas: Canvas, node: string, text: string, argumentsList: string[],
  withStackTrace: boolean): microflows.ActionActivity {
  const log = microflows.LogMessageAction.create(canvas.microflow.model);
  log.level = microflows.LogLevel.Error;
  log.node = quote(node);
  log.includeLatestStackTrace = withStackTrace;
  template(microflows.StringTemplate.createInLogMessageActionUnderMessageTemplate(log), text, argumentsList);
  const activity = microflows.ActionActivity.createIn(canvas.collection);
  activity.action = log;
  return activity;
}

/** A required input: when it is empty, log its name at error level and end, returning empty. */
function requiredCheck(chain: Chain, check: MicroflowSpec['checks'][number], spec: MicroflowSpec): void {
  const canvas = chain.canvas;
  const split = chain.decision(check.attribute + ' set?', check.condition);
  const log = logError(canvas, spec.exposed.category, spec.exposed.caption + ': ' + check.attribute + ' is required', [], false);
  log.caption = 'Log missing ' + check.attribute;
  log.relativeMiddlePoint = { x: split.relativeMiddlePoint.x, y: split.relativeMiddlePoint.y - 150 };
  const end = microflows.EndEvent.createIn(canvas.collection);
  end.returnValue = 'empty';
  end.relativeMiddlePoint = { x: split.relativeMiddlePoint.x + 120, y: split.relativeMiddlePoint.y - 150 };
  booleanCase(canvas.flow(split, log), false);
  canvas.flow(log, end);
}

/** A signing-list entry sent only when its 'when' expression holds: a decision and a merge around it. */
function conditionalEntry(chain: Chain, activities: () => microflows.ActionActivity[], entry: ListEntry): void {
  if (!entry.when) {
    for (const activity of activities()) chain.to(activity);
    return;
  }
  const split = chain.decision(entry.key + ' set?', entry.when);
  for (const activity of activities()) chain.to(activity);
  const merge = chain.canvas.place(microflows.ExclusiveMerge.createIn(chain.canvas.collection));
  chain.to(merge);
  booleanCase(chain.canvas.flow(split, merge), false);
}

/**
 * The session token: SigV4Headers carries none, so an inheritance split on the credentials sends
 * it from the cast TemporaryCredentials; other credentials get the same call without it. Each
 * branch has its own Call REST activity and end event.
 */
function sendOnCredentialsSplit(chain: Chain, spec: MicroflowSpec, auth: Spec['authentication'],
  send: (headers: Array<{ key: string; value: string }>) => microflows.ActionActivity): void {
  const canvas = chain.canvas;
  const token = spec.sessionToken;
  if (!token) {
    chain.to(send([]));
    chain.to(canvas.place(microflows.EndEvent.createIn(canvas.collection)));
    return;
  }
  const split = canvas.place(microflows.InheritanceSplit.createIn(canvas.collection));
  split.splitVariableName = auth.getSigV4HeadersParameters.credentials;
  split.caption = 'Temporary credentials?';
  chain.to(split);
  const cast = microflows.CastAction.create(canvas.microflow.model);
  cast.outputVariableName = auth.entities.temporaryCredentials.split('.').pop() ?? 'TemporaryCredentials';
  const castActivity = canvas.activity('Cast to ' + cast.outputVariableName, cast);
  entityCase(canvas.flow(split, castActivity), auth.entities.temporaryCredentials);
  const withToken = send([token]);
  canvas.flow(castActivity, withToken);
  const end = canvas.place(microflows.EndEvent.createIn(canvas.collection));
  canvas.flow(withToken, end);
  const other = send([]);
  const below = { x: split.relativeMiddlePoint.x + 200, y: split.relativeMiddlePoint.y + 300 };
  other.relativeMiddlePoint = below;
  entityCase(canvas.flow(split, other), auth.entities.credentials);
  const otherEnd = microflows.EndEvent.createIn(canvas.collection);
  otherEnd.relativeMiddlePoint = { x: below.x + 200, y: below.y };
  canvas.flow(other, otherEnd);
  chain.last = end;
}
`;
