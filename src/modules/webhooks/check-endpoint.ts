import { invalidField } from '../../platform/errors.js';
import { type Resolver, resolveTarget, TargetRefused } from './network-guard.js';

/** Refuses an endpoint the sender would refuse, as a field error on `url`, before anything is saved. */
export async function checkEndpoint(
  url: string,
  allowPrivateNetwork: boolean,
  resolver?: Resolver,
): Promise<void> {
  try {
    await resolveTarget(url, allowPrivateNetwork, resolver);
  } catch (error) {
    if (error instanceof TargetRefused) throw invalidField('url', error.message);
    throw error;
  }
}
