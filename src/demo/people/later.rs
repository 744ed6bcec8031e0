//! The demo company six months on, for the follow-up survey: where the
//! pilot ran, people grew into it (more would volunteer, more already
//! share, LinkedIn weekly for more of them, a few more answered); elsewhere
//! little moved, a little more sharing since the programme is talked about.
//! Sizes of change an ambassador pilot plausibly gives, large enough that
//! the comparison has something true to show beyond chance for the pilots,
//! and the others' changes within it.

use super::Profile;

impl Profile {
    pub fn six_months_later(&self, pilot: bool) -> Profile {
        let mut later = *self;
        if pilot {
            // Two thirds of those at 1–3 moved up to 4–5.
            let mut moved = 0;
            for w in &mut later.willingness[..3] {
                moved += *w - *w / 3;
                *w /= 3;
            }
            later.willingness[3] += moved / 2;
            later.willingness[4] += moved - moved / 2;
            later.sharing = (self.sharing + 0.2).min(0.95);
            later.use_weekly[0] = (self.use_weekly[0] + 0.1).min(0.98);
            later.answering = (self.answering + self.invited.div_ceil(10)).min(self.invited);
        } else {
            later.sharing = (self.sharing + 0.03).min(0.95);
        }
        later
    }
}

#[cfg(test)]
mod tests {
    use super::super::COMPANY;

    #[test]
    fn a_pilot_department_has_more_volunteers_six_months_later_and_the_others_as_many() {
        let volunteers = |w: &[u32; 5]| f64::from(w[3] + w[4]) / f64::from(w.iter().sum::<u32>());
        for p in &COMPANY {
            let pilot = p.six_months_later(true);
            let other = p.six_months_later(false);
            let before = volunteers(&p.willingness);
            // Where nearly everyone volunteers already, there is no room.
            assert!(before > 0.9 || volunteers(&pilot.willingness) > before + 0.1);
            assert_eq!(other.willingness, p.willingness);
            assert!(pilot.answering <= pilot.invited && pilot.answering >= p.answering);
            assert!(pilot.sharing > other.sharing);
        }
    }
}
