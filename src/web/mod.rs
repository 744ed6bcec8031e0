//! The HTTP side: the application, its routes, errors and request logging.

mod admin;
mod api;
mod assets;
pub mod client_limits;
mod compression;
mod connections;
pub mod context;
pub(crate) mod deadline;
mod error;
mod logging;
pub mod pages;
mod pipelining;
mod request_encoding;
mod server;
pub(crate) mod sign_in;
mod tls;

use actix_web::dev::Server;
use actix_web::{App, middleware, web};
use anyhow::Context;

pub use error::ApiError;

use crate::config::Settings;
use crate::service::Service;
use crate::service::accounts::Admins;

/// Request bodies larger than this are refused with 413: the largest
/// legitimate body, a full set of answers, is a few kilobytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// How often the server looks for surveys closed by another process.
const SWEEP_SIGNERS: std::time::Duration = std::time::Duration::from_secs(2);

/// A bound, ready-to-run server.
pub struct Application {
    port: u16,
    server: Server,
    service: Service,
    admins: web::Data<Admins>,
}

impl Application {
    /// Opens the database and binds the listener (port 0 picks a free port).
    pub fn build(settings: Settings) -> anyhow::Result<Self> {
        let (service, admins) = crate::service::open(&settings.database, settings.synchronous)
            .with_context(|| {
                format!(
                    "could not open the database {}",
                    settings.database.display()
                )
            })?;
        Self::serving(settings, service, admins)
    }

    /// Binds the listener for a service already open (the demo's).
    pub fn serving(settings: Settings, service: Service, admins: Admins) -> anyhow::Result<Self> {
        let admins = web::Data::new(admins);
        let (server, port) = run(service.clone(), admins.clone(), settings)?;
        Ok(Application {
            port,
            server,
            service,
            admins,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn service(&self) -> &Service {
        &self.service
    }

    pub fn admins(&self) -> web::Data<Admins> {
        self.admins.clone()
    }

    /// Serves until stopped. Meanwhile, every two seconds, drops the private
    /// keys of surveys that another process (`stemme survey close`) closed,
    /// so a close by any process ends signing here at once (rule P6).
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let service = self.service.clone();
        let sweeper = tokio::spawn(async move {
            let mut every = tokio::time::interval(SWEEP_SIGNERS);
            loop {
                every.tick().await;
                if let Err(e) = service.forget_closed_signers().await {
                    tracing::warn!(error = %error::cause_chain(&e), "could not check for closed surveys");
                }
            }
        });
        let stopped = self.server.await;
        sweeper.abort();
        stopped
    }
}

/// Binds and starts the server; returns it and the port it listens on.
fn run(
    service: Service,
    admins: web::Data<Admins>,
    settings: Settings,
) -> anyhow::Result<(Server, u16)> {
    let bind = settings.bind;
    let limits = settings.limits;
    let tls = settings.tls.as_ref().map(tls::server_config).transpose()?;
    let oidc = match &settings.oidc {
        Some(oidc) => {
            let redirect = format!("{}/oidc/callback", settings.public_url);
            Some(web::Data::new(crate::oidc::Oidc::new(
                oidc.clone(),
                &redirect,
            )?))
        }
        None => None,
    };
    let state = State {
        oidc,
        service: web::Data::new(service),
        admins,
        settings: web::Data::new(settings),
        client_limits: web::Data::new(client_limits::ClientLimits::default()),
    };
    let listener = server::listen(bind).with_context(|| format!("could not listen on {bind}"))?;
    let port = listener.local_addr()?.port();
    let server = server::run(listener, tls, state, limits)
        .with_context(|| format!("could not serve on {bind}"))?;
    Ok((server, port))
}

/// What every worker's application shares.
#[derive(Clone)]
pub struct State {
    /// The company's identity provider, where one is configured.
    pub oidc: Option<web::Data<crate::oidc::Oidc>>,
    pub service: web::Data<Service>,
    pub admins: web::Data<Admins>,
    pub settings: web::Data<Settings>,
    pub client_limits: web::Data<client_limits::ClientLimits>,
}

/// The whole application: middleware, routes, shared state. The server
/// runs one per worker; the fuzz targets call it in-process.
pub fn app(
    state: State,
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    let https = state.settings.tls.is_some() || state.settings.public_url.is_https();
    App::new()
        .wrap(middleware::from_fn(pages::remember_language))
        .wrap(middleware::Compress::default())
        .wrap(middleware::from_fn(compression::only_where_safe))
        .wrap(middleware::from_fn(deadline::deadline))
        .wrap(middleware::from_fn(request_encoding::refuse_encoded_bodies))
        .wrap(middleware::from_fn(client_limits::limit_clients))
        .wrap(security_headers(https))
        .wrap(middleware::from_fn(deadline::head_as_get))
        .wrap(middleware::from_fn(logging::log_request))
        .app_data(state.service)
        .app_data(state.settings)
        .app_data(state.admins)
        .app_data(state.client_limits)
        .configure(|cfg| {
            if let Some(oidc) = state.oidc {
                cfg.app_data(oidc);
            }
        })
        .app_data(api::json_config())
        .configure(api::routes)
        .configure(pages::routes)
        .configure(admin::routes)
        .configure(sign_in::routes)
        .route("/assets/{name:.*}", web::get().to(assets::asset))
        .route("/favicon.ico", web::get().to(assets::favicon))
        .default_service(web::to(not_found))
}

/// Nothing here: a JSON error for the API, a page for people elsewhere.
async fn not_found(
    req: actix_web::HttpRequest,
    ctx: context::PageContext,
) -> Result<actix_web::HttpResponse, actix_web::Error> {
    if req.path().starts_with("/api/") || req.path() == "/healthz" {
        Err(api::not_found_error().into())
    } else {
        Err(pages::EmployeePageError::PageNotFound(ctx).into())
    }
}

/// Scripts, styles and images only from Stemme itself, and no inline script:
/// the anonymity of an answer depends on the browser running exactly the
/// published client.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
    style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
    frame-ancestors 'none'; base-uri 'none'";

/// No page of Stemme uses the camera, the microphone, the location or any
/// other powerful feature: none may be asked for, by it or anything framed.
pub const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), display-capture=(), \
    geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), \
    usb=(), browsing-topics=()";

/// Served over HTTPS, it must never be reached over plain HTTP, where an
/// observer on the network could read or change the client (a year).
pub const STRICT_TRANSPORT_SECURITY: &str = "max-age=31536000";

/// Answers must never be cached or leak a referring URL (rule P3).
fn security_headers(https: bool) -> middleware::DefaultHeaders {
    let headers = middleware::DefaultHeaders::new()
        .add(("Content-Security-Policy", CONTENT_SECURITY_POLICY))
        .add(("Cache-Control", "no-store"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Permissions-Policy", PERMISSIONS_POLICY));
    if https {
        headers.add(("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY))
    } else {
        headers
    }
}
