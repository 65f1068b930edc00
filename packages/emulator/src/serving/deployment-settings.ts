/**
 * What a deployment's stored properties say about serving it: instance count (sku.capacity), WORKER_COUNT processes
 * per instance (the inference server's variable), request settings, and the data collector (api-version 2024-04-01).
 */
import type { JsonObject, StoredResource } from '../arm/arm-state.js';
import { isObject } from '../arm/request-checks.js';
import type { RollingRate } from './data-collector.js';
import type { ServingSettings } from './deployment-server.js';

/** ISO 8601 duration (PT5S, PT0.5S, PT1M30S, P1DT2H) in milliseconds; undefined when it is not one. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(value.trim());
  if (match === null || value.trim().toUpperCase() === 'P' || /T$/i.test(value.trim())) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part: string | undefined) => Number(part ?? 0));
  return Math.round(((((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000);
}

function positiveInt(value: unknown, fallback: number): number {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : fallback;
}

export function servingSettings(deployment: StoredResource): ServingSettings {
  const properties = deployment.body.properties as JsonObject;
  const request = isObject(properties.requestSettings) ? properties.requestSettings : {};
  const sku = isObject(deployment.body.sku) ? deployment.body.sku : {};
  const variables = isObject(properties.environmentVariables) ? properties.environmentVariables : {};
  return {
    instances: positiveInt(sku.capacity, 1),
    workersPerInstance: positiveInt(variables.WORKER_COUNT, 1),
    maxConcurrentRequestsPerInstance: positiveInt(request.maxConcurrentRequestsPerInstance, 1),
    requestTimeoutMs: durationMs(request.requestTimeout) ?? 5000,
  };
}

export interface CollectorSettings {
  /** Enabled collections → sampling rate. */
  rates: Record<string, number>;
  rollingRate: RollingRate;
  /** Collections that name a data asset (dataId), which the emulator does not have: written to the default path. */
  withDataId: string[];
}

const ROLLING_RATES: readonly RollingRate[] = ['Year', 'Month', 'Day', 'Hour', 'Minute'];

/** The enabled collections of `properties.dataCollector`; undefined when none is enabled. */
export function collectorSettings(deployment: StoredResource): CollectorSettings | undefined {
  const properties = deployment.body.properties as JsonObject;
  const collector = isObject(properties.dataCollector) ? properties.dataCollector : undefined;
  const collections = isObject(collector?.collections) ? collector.collections : {};
  const rates: Record<string, number> = {};
  const withDataId: string[] = [];
  for (const [name, value] of Object.entries(collections)) {
    if (!isObject(value) || String(value.dataCollectionMode).toLowerCase() !== 'enabled') continue;
    const rate = typeof value.samplingRate === 'number' ? value.samplingRate : 1;
    rates[name] = Math.min(Math.max(rate, 0), 1);
    if (typeof value.dataId === 'string' && value.dataId !== '') withDataId.push(name);
  }
  if (Object.keys(rates).length === 0) return undefined;
  const rolling = ROLLING_RATES.find((r) => r.toLowerCase() === String(collector?.rollingRate).toLowerCase());
  return { rates, rollingRate: rolling ?? 'Hour', withDataId };
}
