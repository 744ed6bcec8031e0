//! Invite codes as typed or pasted: parsed without panic; a code that
//! parses reads back the same from its grouped form.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stemme::invites::InviteCode;

fuzz_target!(|input: &str| {
    if let Ok(code) = InviteCode::parse(input) {
        let again = InviteCode::parse(&code.grouped()).expect("a grouped code parses");
        assert_eq!(again.hash(), code.hash());
    }
});
