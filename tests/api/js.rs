//! The browser's cryptography (`assets/js/`) has its own tests, run with
//! node so that `cargo test` covers the whole client-server protocol.

use std::process::Command;

#[test]
#[ignore = "needs node: run with cargo test -- --ignored"]
fn the_javascript_client_passes_its_rfc_9474_and_sha_384_tests() {
    let output = Command::new("node")
        .args(["--test", "tests/js/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("node is needed for the JavaScript tests (Debian: apt-get install nodejs)");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains("# fail 0"), "{report}");
}

/// Text of `length` printable characters that differ from code to code.
fn varied_text(length: usize, seed: u32) -> String {
    let alphabet: Vec<char> =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_:/#=."
            .chars()
            .collect();
    let mut state = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    (0..length)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            alphabet[(state >> 16) as usize % alphabet.len()]
        })
        .collect()
}

/// The modules the `qrcode` crate (which draws HR's slips) makes for `text`
/// at a given version, level and mask, row by row.
fn crate_modules(text: &str, version: i16, level: qrcode::EcLevel, mask: u8) -> Vec<bool> {
    use qrcode::canvas::{Canvas, MaskPattern};
    use qrcode::{Color, Version, bits::Bits, ec::construct_codewords};
    let version = Version::Normal(version);
    let mut bits = Bits::new(version);
    bits.push_byte_data(text.as_bytes()).unwrap();
    bits.push_terminator(level).unwrap();
    let (data, ec) = construct_codewords(&bits.into_bytes(), version, level).unwrap();
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    let patterns = [
        MaskPattern::Checkerboard,
        MaskPattern::HorizontalLines,
        MaskPattern::VerticalLines,
        MaskPattern::DiagonalLines,
        MaskPattern::LargeCheckerboard,
        MaskPattern::Fields,
        MaskPattern::Diamonds,
        MaskPattern::Meadow,
    ];
    canvas.apply_mask(patterns[usize::from(mask)]);
    canvas
        .into_colors()
        .into_iter()
        .map(|c| c == Color::Dark)
        .collect()
}

#[test]
#[ignore = "needs node: run with cargo test -- --ignored"]
fn the_browsers_qr_codes_match_the_qrcode_crate_module_for_module() {
    // Arrange: versions from 1 to 40 at levels L and M, full and a third
    // full, every mask; the move link is a version 15 code at level L.
    let mut cases = Vec::new();
    for (i, version) in [1i16, 2, 5, 6, 7, 9, 10, 14, 15, 20, 27, 32, 40]
        .into_iter()
        .enumerate()
    {
        for (level, name) in [(qrcode::EcLevel::L, "L"), (qrcode::EcLevel::M, "M")] {
            let max_bits = qrcode::bits::Bits::new(qrcode::Version::Normal(version))
                .max_len(level)
                .unwrap();
            let capacity = (max_bits - 4 - if version <= 9 { 8 } else { 16 }) / 8;
            for (j, length) in [capacity, capacity / 3].into_iter().enumerate() {
                let seed = u32::try_from(i * 4 + j).unwrap();
                let mask = u8::try_from((i + j + name.len()) % 8).unwrap();
                cases.push((varied_text(length, seed), version, level, name, mask));
            }
        }
    }
    for mask in 0..8 {
        cases.push((varied_text(100, 99), 7, qrcode::EcLevel::M, "M", mask));
    }
    let wanted: Vec<_> = cases
        .iter()
        .map(|(text, version, _, name, mask)| serde_json::json!([text, version, name, mask]))
        .collect();
    let module = format!("file://{}/assets/js/qr.mjs", env!("CARGO_MANIFEST_DIR"));
    let script = format!(
        "const {{ qrCode }} = await import({module:?});
         const cases = {};
         console.log(JSON.stringify(cases.map(([text, version, level, mask]) =>
             qrCode(text, {{ version, level, mask }}).dark.flat())));",
        serde_json::Value::from(wanted)
    );

    // Act
    let output = Command::new("node")
        .args(["--input-type=module", "-e", &script])
        .output()
        .expect("node is needed for the JavaScript tests");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let browser: Vec<Vec<bool>> = serde_json::from_slice(&output.stdout).unwrap();

    // Assert
    assert_eq!(browser.len(), cases.len());
    for ((text, version, level, name, mask), modules) in cases.iter().zip(&browser) {
        let expected = crate_modules(text, *version, *level, *mask);
        assert!(
            expected == *modules,
            "version {version}, level {name}, mask {mask}, {} bytes differ",
            text.len()
        );
    }
}
