import type { FakeClock } from './fake-clock';
import type { FakeHttpServer } from './fake-http-server';
import type { LoggedRequest } from './fake-http-types';
import type { FaultInjector } from './fault-rules';

/** What every fake CRM exposes of the loopback server it runs on. */
export abstract class CrmFake {
  readonly #server: FakeHttpServer;

  protected constructor(server: FakeHttpServer) {
    this.#server = server;
  }

  /** Base URL of the fake (each fake's TSDoc says which option of its client takes it). */
  get url(): string {
    return this.#server.url;
  }

  /** The fake's clock: rate-limit windows, timestamps and token expiry follow it. */
  get clock(): FakeClock {
    return this.#server.clock;
  }

  /** Fault injection for this fake. */
  get faults(): FaultInjector {
    return this.#server.faults;
  }

  /** Every request received, in order. */
  get requests(): readonly LoggedRequest[] {
    return this.#server.requests;
  }

  /** Stops serving. */
  close(): Promise<void> {
    return this.#server.close();
  }
}
