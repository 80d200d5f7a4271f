//! The process's TLS crypto: rustls on ring, for the CM client and the
//! simulator's HTTPS alike. Ring rather than rustls' default aws-lc-rs: the
//! same verified TLS for this client's needs, and a C part a fraction of
//! aws-lc's size to compile for every target we build.

/// Makes ring the process's crypto provider; later calls do nothing.
pub(crate) fn use_ring() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Err means a provider is already installed (by an embedding
        // program); that one serves.
        let _: Result<(), _> = rustls::crypto::ring::default_provider().install_default();
    });
}
