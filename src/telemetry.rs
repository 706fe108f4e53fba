//! Logging, request ids and metrics.

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tracing_subscriber::{fmt, EnvFilter};

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable, coloured when the output is a terminal.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// What every part of a request may want to know about it: its id and path. Set by the
/// request middleware for the whole life of the request, so that error bodies and log lines
/// carry the id.
#[derive(Debug, Clone)]
pub struct RequestContext {
    /// The request id (from a well-formed `X-Request-Id`, or generated).
    pub request_id: String,
    /// The request path.
    pub path: String,
    /// The language its errors are written in (`Accept-Language`).
    pub lang: crate::messages::Lang,
}

tokio::task_local! {
    static CONTEXT: RequestContext;
}

impl RequestContext {
    /// The context of the request being served on this task, if any.
    pub fn current() -> Option<RequestContext> {
        CONTEXT.try_with(Clone::clone).ok()
    }

    /// Runs `fut` with this context set.
    pub async fn scope<F: std::future::Future>(self, fut: F) -> F::Output {
        CONTEXT.scope(self, fut).await
    }
}

/// Sets up the global log subscriber. Safe to call more than once (later calls do nothing).
pub fn init_logging(format: LogFormat, filter: &str) {
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let result = match format {
        LogFormat::Json => fmt()
            .json()
            .with_env_filter(filter)
            .with_current_span(true)
            .with_span_list(false)
            .with_target(true)
            .try_init(),
        LogFormat::Pretty => fmt().with_env_filter(filter).compact().try_init(),
    };
    let _ = result;
}

/// Histogram buckets for request latency, in seconds.
const LATENCY_BUCKETS: &[f64] = &[0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// The `# HELP` text and unit of every metric the service exports, and `lienhiep_build_info`
/// (always 1; its `version` label says which build answers).
fn describe_metrics() {
    use metrics::Unit;
    metrics::describe_counter!(
        "http_requests_total",
        Unit::Count,
        "HTTP requests answered, by method, route pattern and status"
    );
    metrics::describe_histogram!(
        "http_request_duration_seconds",
        Unit::Seconds,
        "Time from a request's arrival to its answer, by method, route pattern and status"
    );
    metrics::describe_gauge!("db_pool_connections", Unit::Count, "Database connections open in the pool");
    metrics::describe_gauge!("db_pool_idle_connections", Unit::Count, "Database connections open and idle");
    metrics::describe_gauge!("db_pool_max_connections", Unit::Count, "Most database connections the pool opens");
    metrics::describe_counter!(
        "statistics_computations_total",
        Unit::Count,
        "Statistics computed afresh (answers from the cache are not counted)"
    );
    metrics::describe_gauge!("lienhiep_build_info", "Always 1; the version label names the build");
    metrics::gauge!("lienhiep_build_info", "version" => env!("CARGO_PKG_VERSION")).set(1.0);
}

/// The process-wide Prometheus recorder (installed once, shared by every app in the process).
pub fn metrics_handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Full("http_request_duration_seconds".into()), LATENCY_BUCKETS)
            .map(PrometheusBuilder::build_recorder)
            .unwrap_or_else(|_| PrometheusBuilder::new().build_recorder());
        let handle = recorder.handle();
        // Fails only if another recorder is installed; then our handle simply renders nothing.
        let _ = metrics::set_global_recorder(recorder);
        describe_metrics();
        let kept = handle.clone();
        let upkeep = std::thread::Builder::new().name(UPKEEP_THREAD.into()).spawn(move || loop {
            std::thread::sleep(UPKEEP_EVERY);
            kept.run_upkeep();
        });
        if let Err(e) = upkeep {
            tracing::error!(error = %e, "could not start the metrics upkeep thread: latency samples pile up until /metrics is scraped");
        }
        handle
    })
}

/// How often the recorder folds the latency samples it holds into its histograms' buckets.
/// The recorder keeps every sample until then (or until `/metrics` is rendered): without it,
/// a service nobody scrapes held a few more bytes for every request it ever answered.
const UPKEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

/// The name of the thread that does it.
pub const UPKEEP_THREAD: &str = "metrics-upkeep";
