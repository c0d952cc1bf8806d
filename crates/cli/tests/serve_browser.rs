//! The playground in a real browser: headless Chromium driven through chromedriver with
//! fantoccini. The test types the 5,1,3,6,4,2 puzzle, presses Run, reads the output and the
//! explanation of one line from the page, checks that the address holds the program, and
//! takes a screenshot (`MINI_JS_UPDATE_SCREENSHOT=1` also writes it to docs/playground.png).
//!
//! It needs `chromedriver` and Chromium (`apt-get install -y chromium chromium-driver`;
//! `.ci/run` installs them). Without chromedriver it prints a notice and passes.

#[path = "support/server.rs"]
mod support;

use fantoccini::key::Key;
use fantoccini::{ClientBuilder, Locator};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::Server;

/// The puzzle as someone types it (fresh for this test).
const PUZZLE: &str = "\
// Plain code first, then every microtask, then the timers by due time.
setTimeout(() => console.log(2), 10);
setTimeout(() => console.log(4), 0);

Promise.resolve()
  .then(() => console.log(1))
  .then(() => console.log(6));

queueMicrotask(() => console.log(3));

console.log(5);
";

/// The first of `names` found on PATH (or given by the environment variable `env`).
fn find_program(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// chromedriver, killed when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

fn start_driver(driver: &Path) -> (Driver, String) {
    let port = free_port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (Driver(child), format!("http://127.0.0.1:{port}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_playground_runs_and_explains_the_puzzle() {
    let Some(driver) = find_program("CHROMEDRIVER", &["chromedriver"]) else {
        eprintln!(
            "NOTICE: chromedriver is not installed: the browser test of the playground is skipped \
             (apt-get install -y chromium chromium-driver)"
        );
        return;
    };
    let chrome = find_program(
        "CHROME_BIN",
        &["chromium", "chromium-browser", "google-chrome"],
    );
    let server = Server::start(&[]);
    let (_driver, webdriver) = start_driver(&driver);
    let profile = std::env::temp_dir().join(format!("mini-js-chromium-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let mut options = serde_json::json!({
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1400,820",
            format!("--user-data-dir={}", profile.display()),
        ]
    });
    if let Some(chrome) = chrome {
        options["binary"] = chrome.display().to_string().into();
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&webdriver)
        .await
        .expect("a Chromium session");

    let result = drive(&client, &server).await;
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    result.unwrap();
}

async fn drive(client: &fantoccini::Client, server: &Server) -> Result<(), String> {
    let e = |x: fantoccini::error::CmdError| x.to_string();
    client.goto(&server.url("/")).await.map_err(e)?;
    let editor = client.find(Locator::Id("source")).await.map_err(e)?;
    editor.clear().await.map_err(e)?;
    editor.send_keys(PUZZLE).await.map_err(e)?;
    let typed = editor.prop("value").await.map_err(e)?.unwrap_or_default();
    assert_eq!(typed, PUZZLE, "the editor holds what was typed");
    let gutter = client.find(Locator::Id("gutter")).await.map_err(e)?;
    assert!(
        gutter.text().await.map_err(e)?.contains("11"),
        "line numbers"
    );

    client
        .find(Locator::Id("run"))
        .await
        .map_err(e)?
        .click()
        .await
        .map_err(e)?;
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#output li:nth-child(6)"))
        .await
        .map_err(e)?;
    let mut lines = Vec::new();
    for li in client
        .find_all(Locator::Css("#output li"))
        .await
        .map_err(e)?
    {
        lines.push(li.text().await.map_err(e)?);
    }
    assert_eq!(lines, ["5", "1", "3", "6", "4", "2"]);
    let status = client.find(Locator::Id("status")).await.map_err(e)?;
    assert!(status.text().await.map_err(e)?.contains("exit status 0"));

    // The explanation of `6`: printed by the reaction queued when `1`'s reaction ended.
    client
        .find(Locator::Css("#output li:nth-child(4)"))
        .await
        .map_err(e)?
        .click()
        .await
        .map_err(e)?;
    let explanation = client
        .wait()
        .at_most(Duration::from_secs(10))
        .for_element(Locator::Css("#explanation h2"))
        .await
        .map_err(e)?;
    let title = explanation.text().await.map_err(e)?;
    assert!(title.starts_with("Why 6 was printed there"), "{title}");
    let whole = client
        .find(Locator::Id("explanation"))
        .await
        .map_err(e)?
        .text()
        .await
        .map_err(e)?;
    assert!(whole.contains("queued"), "{whole}");
    assert!(whole.contains("tick"), "{whole}");

    // The address holds the program and the selected line.
    let url = client.current_url().await.map_err(e)?;
    let fragment = url.fragment().unwrap_or_default().to_string();
    assert!(
        fragment.contains("src=") && fragment.contains("line=4"),
        "{fragment}"
    );

    let png = client.screenshot().await.map_err(e)?;
    assert!(png.starts_with(b"\x89PNG"), "a PNG screenshot");
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("playground.png");
    std::fs::write(&out, &png).map_err(|x| x.to_string())?;
    eprintln!("screenshot: {}", out.display());
    if std::env::var_os("MINI_JS_UPDATE_SCREENSHOT").is_some() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/playground.png");
        std::fs::write(&docs, &png).map_err(|x| x.to_string())?;
    }

    // The trace, filtered as `trace --only promise`, and the timeline.
    let tab = |name: &'static str| async move {
        client
            .find(Locator::Css(&format!(".tabs button[data-tab={name}]")))
            .await?
            .click()
            .await
    };
    tab("trace").await.map_err(e)?;
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#trace li:nth-child(10)"))
        .await
        .map_err(e)?;
    client
        .find(Locator::Css("#filters input[value=promise]"))
        .await
        .map_err(e)?
        .click()
        .await
        .map_err(e)?;
    client
        .find(Locator::Id("retrace"))
        .await
        .map_err(e)?
        .click()
        .await
        .map_err(e)?;
    let kinds = client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#trace li .kind"))
        .await
        .map_err(e)?;
    assert_eq!(kinds.text().await.map_err(e)?, "promise");
    let mut shown = Vec::new();
    for k in client
        .find_all(Locator::Css("#trace li .kind"))
        .await
        .map_err(e)?
    {
        shown.push(k.text().await.map_err(e)?);
    }
    // The kinds of the `promise` category only (no jobs, enqueues or console writes).
    assert!(
        shown
            .iter()
            .all(|k| ["promise", "then", "rejection"].contains(&k.as_str())),
        "{shown:?}"
    );
    let trace_png = client.screenshot().await.map_err(e)?;
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("playground-trace.png");
    std::fs::write(&out, &trace_png).map_err(|x| x.to_string())?;

    tab("timeline").await.map_err(e)?;
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#timeline img"))
        .await
        .map_err(e)?;
    let started = Instant::now();
    loop {
        let width = client
            .execute(
                "return document.querySelector('#timeline img').naturalWidth",
                vec![],
            )
            .await
            .map_err(e)?;
        if width.as_u64().unwrap_or(0) > 100 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the timeline SVG did not load"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let timeline_png = client.screenshot().await.map_err(e)?;
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("playground-timeline.png");
    std::fs::write(&out, &timeline_png).map_err(|x| x.to_string())?;
    tab("output").await.map_err(e)?;

    // A shared link opens the same program and explanation.
    let url = client.current_url().await.map_err(e)?;
    assert!(
        url.fragment().unwrap_or_default().contains("only=promise"),
        "{url}"
    );
    client.goto(url.as_str()).await.map_err(e)?;
    client.refresh().await.map_err(e)?;
    let again = client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#explanation h2"))
        .await
        .map_err(e)?;
    assert!(again.text().await.map_err(e)?.starts_with("Why 6"));

    // Ctrl-Enter runs what is in the editor.
    let editor = client.find(Locator::Id("source")).await.map_err(e)?;
    editor.clear().await.map_err(e)?;
    editor
        .send_keys("Promise.resolve().then(() => console.log('later'));\nconsole.log('now');")
        .await
        .map_err(e)?;
    let chord: String = [Key::Control, Key::Enter, Key::Null]
        .into_iter()
        .map(char::from)
        .collect();
    editor.send_keys(&chord).await.map_err(e)?;
    let second = client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::XPath("//ol[@id='output']/li[2][text()='later']"))
        .await
        .map_err(e)?;
    assert_eq!(second.text().await.map_err(e)?, "later");
    Ok(())
}
