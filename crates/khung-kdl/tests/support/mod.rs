//! Shared code of the integration tests.

#![allow(dead_code, reason = "each test file uses part of the support code")]

pub mod generator;
pub mod oracle;
pub mod semantic;
