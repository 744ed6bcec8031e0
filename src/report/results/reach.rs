//! The volunteers' potential reach per platform, from the audited figures:
//! the follower counts of the volunteers who would share there, added up.
//! An upper bound: their networks overlap each other and the company's own
//! followers. Platforms that reach nobody outside the company (the
//! intranet) are not counted at all.

use super::model::{Label, PlatformReach, Reach};
use crate::report::figures::ReachFigure;

pub fn reach(figures: &[ReachFigure], platforms: &[Label]) -> Reach {
    let platforms: Vec<PlatformReach> = figures
        .iter()
        .filter_map(|f| {
            Some(PlatformReach {
                platform: platforms.get(f.platform)?.id.clone(),
                volunteers: f.volunteers,
                followers: f.followers,
            })
        })
        .collect();
    let total = platforms.iter().filter_map(|p| p.followers.shown()).sum();
    Reach { platforms, total }
}

impl Reach {
    /// The reach on a platform as a multiple of the company's own
    /// followers there, where both are known.
    pub fn multiple(&self, platform: &str, company_followers: &[(String, u64)]) -> Option<f64> {
        let followers = self
            .platforms
            .iter()
            .find(|p| p.platform == platform)?
            .followers
            .shown()?;
        let company = company_followers.iter().find(|(id, _)| id == platform)?.1;
        (company > 0).then(|| followers as f64 / company as f64)
    }
}
