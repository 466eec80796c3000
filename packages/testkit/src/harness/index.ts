export { CrmFake } from './crm-fake';
export { FakeClock } from './fake-clock';
export { FakeHttpServer, type FakeHttpServerOptions } from './fake-http-server';
export type { FakeRequest, FakeResponse, FaultPresets, LoggedRequest } from './fake-http-types';
export { type FaultAction, FaultInjector, type FaultMatch, type FaultRule } from './fault-rules';
export { RollingWindow } from './rolling-window';
