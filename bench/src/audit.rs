//! The publication made at close, timed in this process: drafting the
//! figures, the attacker's audit (rule P9) and what is derived from them,
//! for a company of 100 departments of every size (the audit's hard case:
//! many small ones, pooled and banded) and for 20 departments of 5,000.
//! Counting the answers is the close's other half; the results phase times
//! the whole close against the real server.

use std::time::{Duration, Instant};

use rand::SeedableRng;
use rand::rngs::StdRng;

use stemme::questionnaire::{Answers, DEFAULT_SOURCE, Questionnaire};
use stemme::report::results::{Inputs, Tally, publish};
use stemme::survey::{DepartmentName, MinGroupSize};

pub struct AuditReport {
    pub departments: usize,
    pub responses: usize,
    pub time: Duration,
    pub protected: usize,
    pub withheld: usize,
    pub passes: usize,
    pub programmes: usize,
}

/// Department sizes from 1 to 200, a tenth of them under k = 5.
fn sizes(departments: usize, each: Option<usize>) -> Vec<usize> {
    const MIX: [usize; 10] = [1, 3, 4, 6, 9, 14, 25, 45, 90, 200];
    (0..departments)
        .map(|d| each.unwrap_or(MIX[(d * 7) % MIX.len()]))
        .collect()
}

fn one(q: &Questionnaire, sizes: &[usize]) -> anyhow::Result<AuditReport> {
    let mut rng = StdRng::seed_from_u64(9);
    let mut answers: Vec<(usize, Answers)> = Vec::with_capacity(sizes.iter().sum());
    for (d, &n) in sizes.iter().enumerate() {
        for _ in 0..n {
            let raw = stemme::demo::synthetic_answers(d, &mut rng);
            let checked = q
                .check_answers(&raw)
                .map_err(|p| anyhow::anyhow!("{p:?}"))?;
            answers.push((d, checked));
        }
    }
    let tally = Tally::count(q, sizes.len(), answers)?;
    let names: Vec<DepartmentName> = (1..=sizes.len())
        .map(|d| DepartmentName::parse(&format!("Afdeling {d}")))
        .collect::<Result<_, _>>()?;
    let invited: Vec<u64> = sizes.iter().map(|&n| n as u64 + 3).collect();
    let inputs = Inputs {
        departments: &names,
        invited: &invited,
        min_group_size: MinGroupSize::default(),
    };
    let started = Instant::now();
    let results = publish(q, &tally, &inputs)?;
    let time = started.elapsed();
    Ok(AuditReport {
        departments: sizes.len(),
        responses: sizes.iter().sum(),
        time,
        protected: results.audit.protected,
        withheld: results.audit.withheld.len(),
        passes: results.audit.passes,
        programmes: results.audit.solves,
    })
}

/// Times the two companies (with `quick`, small ones) and prints a line
/// for each against its target.
pub fn print(quick: bool) -> anyhow::Result<()> {
    let q = Questionnaire::parse(DEFAULT_SOURCE)?;
    let (many, each) = if quick { (10, 50) } else { (100, 5_000) };
    let many = one(&q, &sizes(many, None))?;
    println!("{}", many.line(Duration::from_secs(2)));
    let large = one(&q, &sizes(20.min(many.departments), Some(each)))?;
    println!("{}", large.line(Duration::from_millis(500)));
    Ok(())
}

impl AuditReport {
    pub fn line(&self, target: Duration) -> String {
        let ms = self.time.as_secs_f64() * 1000.0;
        format!(
            "publication at close (draft, attacker's audit, derived), {} departments, {} answers: \
             {ms:.0} ms (target ≤ {} ms: {}) · protected counts checked {} · figures withheld or \
             rounded by the audit {} · passes {} · linear programmes {}",
            self.departments,
            super::report::count(self.responses as f64),
            target.as_millis(),
            if self.time <= target {
                "met"
            } else {
                "NOT MET"
            },
            self.protected,
            self.withheld,
            self.passes,
            self.programmes
        )
    }
}
