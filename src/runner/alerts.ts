/**
 * PRD 8.2 alerts, evaluated on what `cardgenius status` measures. Pure: thresholds in, alerts out.
 * Memory and CPU (the PRD's other two) are host metrics: the runner logs its own RSS and CPU time
 * in every chunk line, and the host's monitoring alerts on them (see docs/runbook.md).
 */

export type AlertLevel = 'critical' | 'warning';

export type AlertCode =
  | 'database-unreachable'
  | 'processing-stopped'
  | 'runner-died'
  | 'error-rate-critical'
  | 'error-rate-warning'
  | 'throughput-critical'
  | 'throughput-warning';

export interface Alert {
  readonly level: AlertLevel;
  readonly code: AlertCode;
  readonly message: string;
}

export const ALERT_THRESHOLDS = {
  /** No user finished for this long while work is in flight: "processing stopped". */
  stalledMinutes: 15,
  errorRateCritical: 0.05,
  errorRateWarning: 0.01,
  throughputCriticalPerMinute: 100,
  throughputWarningPerMinute: 500,
  /** Throughput is judged only once a run has been going this long (a run warms up). */
  throughputGraceMinutes: 5,
} as const;

export interface AlertInputs {
  /** `running` ledger rows with a live heartbeat. */
  readonly activeRuns: number;
  /** `running` ledger rows without a heartbeat for a while (their runner died). */
  readonly staleRuns: readonly string[];
  readonly pendingUsers: number;
  readonly newUsers: number;
  /** Minutes since the last user finished (completed or failed); undefined if none ever did. */
  readonly minutesSinceLastProgress: number | undefined;
  /** Users that finished in the last hour, and how many of those failed. */
  readonly processedLastHour: number;
  readonly failedLastHour: number;
  /** Users per minute over the recent window, and how long the oldest active run has been going. */
  readonly recentUsersPerMinute: number;
  readonly activeRunMinutes: number;
}

const percent = (fraction: number) => `${(fraction * 100).toFixed(1)}%`;

export function evaluateAlerts(inputs: AlertInputs, thresholds = ALERT_THRESHOLDS): Alert[] {
  const alerts: Alert[] = [];
  for (const batchId of inputs.staleRuns) {
    alerts.push({
      level: 'critical',
      code: 'runner-died',
      message: `run ${batchId} is marked running but its runner has stopped sending heartbeats; its leases expire and the next run reclaims them`,
    });
  }

  // Work is in flight (a live run, or users claimed) and nobody has finished a user for a while;
  // a run younger than the threshold has not had the chance yet.
  const inFlight = inputs.activeRuns > 0 || inputs.pendingUsers > 0;
  const idleMinutes = inputs.minutesSinceLastProgress ?? Number.POSITIVE_INFINITY;
  const runOldEnough = inputs.activeRuns === 0 || inputs.activeRunMinutes >= thresholds.stalledMinutes;
  if (inFlight && idleMinutes >= thresholds.stalledMinutes && runOldEnough) {
    const since =
      inputs.minutesSinceLastProgress === undefined ? 'no user has ever finished' : `no user has finished for ${Math.floor(idleMinutes)} minutes`;
    alerts.push({
      level: 'critical',
      code: 'processing-stopped',
      message:
        inputs.activeRuns > 0
          ? `${since} (${inputs.pendingUsers} pending, ${inputs.newUsers} new) although ${inputs.activeRuns} run(s) are active`
          : `${since} and ${inputs.pendingUsers} users are pending with no active run: their runner stopped; the next run reclaims them once their leases expire`,
    });
  }

  if (inputs.processedLastHour > 0) {
    const rate = inputs.failedLastHour / inputs.processedLastHour;
    if (rate > thresholds.errorRateCritical) {
      alerts.push({
        level: 'critical',
        code: 'error-rate-critical',
        message: `error rate ${percent(rate)} in the last hour (${inputs.failedLastHour} of ${inputs.processedLastHour} users failed; limit ${percent(thresholds.errorRateCritical)})`,
      });
    } else if (rate > thresholds.errorRateWarning) {
      alerts.push({
        level: 'warning',
        code: 'error-rate-warning',
        message: `error rate ${percent(rate)} in the last hour (${inputs.failedLastHour} of ${inputs.processedLastHour} users failed; limit ${percent(thresholds.errorRateWarning)})`,
      });
    }
  }

  const workLeft = inputs.newUsers + inputs.pendingUsers > 0;
  if (inputs.activeRuns > 0 && workLeft && inputs.activeRunMinutes >= thresholds.throughputGraceMinutes) {
    const rate = inputs.recentUsersPerMinute;
    if (rate < thresholds.throughputCriticalPerMinute) {
      alerts.push({
        level: 'critical',
        code: 'throughput-critical',
        message: `throughput ${rate.toFixed(0)} users/min (critical below ${thresholds.throughputCriticalPerMinute})`,
      });
    } else if (rate < thresholds.throughputWarningPerMinute) {
      alerts.push({
        level: 'warning',
        code: 'throughput-warning',
        message: `throughput ${rate.toFixed(0)} users/min (warning below ${thresholds.throughputWarningPerMinute})`,
      });
    }
  }
  return alerts;
}
