use super::fixture;
