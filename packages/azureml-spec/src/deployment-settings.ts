/** A deployment's request_settings, probes and scale_settings (milliseconds and seconds → ISO 8601 durations). */
import type {
  DefaultScaleSettings,
  OnlineRequestSettings,
  OnlineScaleSettingsUnion,
  ProbeSettings,
  TargetUtilizationScaleSettings,
} from '@azure/arm-machinelearning';
import { compact } from './asset-fields.js';
import { isoDurationFromMs, isoDurationFromSeconds } from './iso-duration.js';
import type { Field, SpecReader } from './spec-reader.js';

/** The longest scoring timeout managed online endpoints allow. */
export const MAX_REQUEST_TIMEOUT_MS = 180_000;

export function readRequestSettings(
  reader: SpecReader,
  field: Field | undefined,
): OnlineRequestSettings | undefined {
  const fields = reader.object(field, {
    what: 'request_settings',
    keys: ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms'],
  });
  if (fields === undefined) return undefined;
  const timeout = reader.integer(fields.get('request_timeout_ms'), {
    min: 1,
    max: MAX_REQUEST_TIMEOUT_MS,
    unit: 'milliseconds',
  });
  const queueWait = reader.integer(fields.get('max_queue_wait_ms'), { min: 0, unit: 'milliseconds' });
  return compact({
    requestTimeout: timeout === undefined ? undefined : isoDurationFromMs(timeout),
    maxConcurrentRequestsPerInstance: reader.integer(fields.get('max_concurrent_requests_per_instance'), {
      min: 1,
    }),
    maxQueueWait: queueWait === undefined ? undefined : isoDurationFromMs(queueWait),
  });
}

export function readProbe(reader: SpecReader, field: Field | undefined): ProbeSettings | undefined {
  const fields = reader.object(field, {
    what: field?.path ?? 'probe',
    keys: ['initial_delay', 'period', 'timeout', 'success_threshold', 'failure_threshold'],
  });
  if (fields === undefined) return undefined;
  const seconds = (key: string, min: number): string | undefined => {
    const value = reader.integer(fields.get(key), { min, unit: 'seconds' });
    return value === undefined ? undefined : isoDurationFromSeconds(value);
  };
  return compact({
    initialDelay: seconds('initial_delay', 0),
    period: seconds('period', 1),
    timeout: seconds('timeout', 1),
    successThreshold: reader.integer(fields.get('success_threshold'), { min: 1 }),
    failureThreshold: reader.integer(fields.get('failure_threshold'), { min: 1 }),
  });
}

const TARGET_UTILIZATION_KEYS = [
  'min_instances',
  'max_instances',
  'polling_interval',
  'target_utilization_percentage',
];

export function readScaleSettings(
  reader: SpecReader,
  field: Field | undefined,
): OnlineScaleSettingsUnion | undefined {
  const fields = reader.object(field, { what: 'scale_settings', keys: ['type', ...TARGET_UTILIZATION_KEYS] });
  if (fields === undefined) return undefined;
  const type =
    reader.choice(fields.get('type'), {
      default: 'Default',
      target_utilization: 'TargetUtilization',
    } as const) ?? 'Default';
  if (type === 'Default') {
    for (const key of TARGET_UTILIZATION_KEYS) {
      const extra = fields.get(key);
      if (extra !== undefined) reader.report(extra, `'${key}' needs scale_settings type target_utilization`);
    }
    return { scaleType: 'Default' } satisfies DefaultScaleSettings;
  }
  const polling = reader.integer(fields.get('polling_interval'), { min: 1, unit: 'seconds' });
  const minInstances = reader.integer(fields.get('min_instances'), { min: 0 });
  const maxInstances = reader.integer(fields.get('max_instances'), { min: 1 });
  if (minInstances !== undefined && maxInstances !== undefined && minInstances > maxInstances) {
    reader.report(
      field ?? reader.root(),
      `min_instances (${minInstances}) is above max_instances (${maxInstances})`,
    );
  }
  return compact({
    scaleType: 'TargetUtilization',
    minInstances,
    maxInstances,
    pollingInterval: polling === undefined ? undefined : isoDurationFromSeconds(polling),
    targetUtilizationPercentage: reader.integer(fields.get('target_utilization_percentage'), {
      min: 1,
      max: 100,
    }),
  } satisfies TargetUtilizationScaleSettings);
}
