//! One service's log lines: a capped ring buffer, so a flooding container
//! costs bounded memory, and windows taken from the end cost the same
//! wherever the view is scrolled.

use std::collections::VecDeque;

#[derive(Debug, Clone, PartialEq)]
pub struct LogEntry {
    /// RFC 3339 timestamp from the engine, when it sent one.
    pub timestamp: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct LogBuffer {
    lines: VecDeque<LogEntry>,
    cap: usize,
    /// Lines that fell off the front since the buffer was created.
    pub dropped: u64,
}

impl LogBuffer {
    pub fn new(cap: usize) -> LogBuffer {
        LogBuffer { lines: VecDeque::with_capacity(cap.min(1024)), cap: cap.max(1), dropped: 0 }
    }

    pub fn push(&mut self, entry: LogEntry) {
        if self.lines.len() == self.cap {
            self.lines.pop_front();
            self.dropped += 1;
        }
        self.lines.push_back(entry);
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    pub fn clear(&mut self) {
        self.lines.clear();
    }

    pub fn get(&self, index: usize) -> Option<&LogEntry> {
        self.lines.get(index)
    }

    /// Indexes of the lines a window shows: `height` lines ending `offset` lines above the
    /// newest, keeping only lines `keep` accepts. Walks back from the end, never from the front.
    pub fn window(&self, height: usize, offset: usize, keep: impl Fn(&LogEntry) -> bool) -> Vec<usize> {
        let mut out = Vec::with_capacity(height);
        let mut skipped = 0;
        for i in (0..self.lines.len()).rev() {
            if !keep(&self.lines[i]) {
                continue;
            }
            if skipped < offset {
                skipped += 1;
                continue;
            }
            out.push(i);
            if out.len() == height {
                break;
            }
        }
        out.reverse();
        out
    }

    /// How many lines `keep` accepts (the scrollable extent).
    pub fn count(&self, keep: impl Fn(&LogEntry) -> bool) -> usize {
        self.lines.iter().filter(|l| keep(l)).count()
    }

    /// The offset from the end of the nearest line matching `matches`, searching older
    /// (`backwards`) or newer than the line at `from_offset`.
    pub fn find(&self, from_offset: usize, backwards: bool, matches: impl Fn(&LogEntry) -> bool) -> Option<usize> {
        let n = self.lines.len();
        if n == 0 {
            return None;
        }
        let current = n.saturating_sub(1 + from_offset);
        let hit = if backwards {
            (0..current).rev().find(|&i| matches(&self.lines[i]))
        } else {
            (current + 1..n).find(|&i| matches(&self.lines[i]))
        };
        hit.map(|i| n - 1 - i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(s: &str) -> LogEntry {
        LogEntry { timestamp: None, text: s.to_string() }
    }

    #[test]
    fn capped_and_counts_what_it_dropped() {
        let mut b = LogBuffer::new(3);
        for i in 0..5 {
            b.push(entry(&i.to_string()));
        }
        assert_eq!(b.len(), 3);
        assert_eq!(b.dropped, 2);
        assert_eq!(b.get(0).unwrap().text, "2");
    }

    #[test]
    fn windows_from_the_end_with_offset_and_filter() {
        let mut b = LogBuffer::new(100);
        for i in 0..10 {
            b.push(entry(&format!("line {i}")));
        }
        assert_eq!(b.window(3, 0, |_| true), vec![7, 8, 9]);
        assert_eq!(b.window(3, 2, |_| true), vec![5, 6, 7]);
        assert_eq!(b.window(3, 0, |e| e.text.ends_with('2') || e.text.ends_with('4')), vec![2, 4]);
        assert_eq!(b.window(20, 0, |_| true).len(), 10);
    }

    #[test]
    fn find_searches_older_and_newer() {
        let mut b = LogBuffer::new(100);
        for s in ["a", "match 1", "b", "match 2", "c"] {
            b.push(entry(s));
        }
        let m = |e: &LogEntry| e.text.starts_with("match");
        assert_eq!(b.find(0, true, m), Some(1));
        assert_eq!(b.find(1, true, m), Some(3));
        assert_eq!(b.find(3, false, m), Some(1));
        assert_eq!(b.find(1, false, m), None);
    }
}
