//! Screenshots for people to look at, in `target/screenshots/`.

use std::path::PathBuf;

use base64::Engine;
use serde_json::json;

use super::Browser;

/// Where screenshots go, made if missing.
fn path_of(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(format!("{name}.png"))
}

impl Browser {
    /// Saves the whole page, not just the window, as
    /// `target/screenshots/{name}.png`, for people to look at.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let size = self
            .js("const e = document.documentElement; return [e.scrollWidth, e.scrollHeight]")
            .await;
        let clip = json!({ "x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1 });
        let params = json!({ "format": "png", "captureBeyondViewport": true, "clip": clip });
        self.capture(name, params).await
    }

    /// Saves what the window shows (the first screen, not the whole page)
    /// as `target/screenshots/{name}.png`.
    pub async fn screenshot_screen(&self, name: &str) -> PathBuf {
        self.capture(name, json!({ "format": "png" })).await
    }

    /// Saves the element matching `css` alone as `target/screenshots/{name}.png`.
    pub async fn screenshot_of(&self, css: &str, name: &str) -> PathBuf {
        let css = serde_json::to_string(css).unwrap();
        let rect = self
            .js(&format!(
                "const r = document.querySelector({css}).getBoundingClientRect();
                 return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];"
            ))
            .await;
        let clip =
            json!({ "x": rect[0], "y": rect[1], "width": rect[2], "height": rect[3], "scale": 1 });
        let params = json!({ "format": "png", "captureBeyondViewport": true, "clip": clip });
        self.capture(name, params).await
    }

    /// Asks Chromium for a PNG (`Page.captureScreenshot` with `params`) and
    /// saves it as `target/screenshots/{name}.png`.
    async fn capture(&self, name: &str, params: serde_json::Value) -> PathBuf {
        let path = path_of(name);
        let shot = self.devtools("Page.captureScreenshot", params).await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap();
        std::fs::write(&path, png).unwrap();
        path
    }
}
