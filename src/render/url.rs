//! A small RFC 3986 reference resolver: enough to make `href`/`src` absolute against the page or
//! `<base>` URL, without shipping the `url` crate's IDNA tables to every user.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    scheme: String,
    /// `//host[:port]`, with the leading slashes, or empty.
    authority: String,
    path: String,
    query: String,
}

impl Url {
    /// Parses an absolute URL with a scheme; `None` for relative references or junk.
    pub fn parse(s: &str) -> Option<Url> {
        let s = s.trim();
        let colon = s.find(':')?;
        let scheme = &s[..colon];
        let valid_scheme = scheme
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if !valid_scheme {
            return None;
        }
        let rest = &s[colon + 1..];
        let rest = rest.split('#').next().unwrap_or("");
        let (rest, query) = match rest.find('?') {
            Some(q) => (&rest[..q], rest[q..].to_string()),
            None => (rest, String::new()),
        };
        let (authority, path) = if let Some(after) = rest.strip_prefix("//") {
            let end = after.find('/').unwrap_or(after.len());
            (format!("//{}", &after[..end]), after[end..].to_string())
        } else {
            (String::new(), rest.to_string())
        };
        let path = if path.is_empty() && !authority.is_empty() {
            "/".to_string()
        } else {
            path
        };
        Some(Url {
            scheme: scheme.to_ascii_lowercase(),
            authority,
            path,
            query,
        })
    }

    pub fn scheme(&self) -> &str {
        &self.scheme
    }

    pub fn host(&self) -> &str {
        let a = self.authority.trim_start_matches('/');
        let a = a.rsplit('@').next().unwrap_or(a);
        a.split(':').next().unwrap_or(a)
    }

    /// Whether a browser (WHATWG URL parser) accepts this as an http(s) URL: `//`, a non-empty host
    /// and a numeric port. Stricter than WHATWG where that is cheap: host labels hold only letters,
    /// digits, `-` and `_`, and a numeric last label means a dotted-quad IPv4 address.
    pub fn has_valid_host(&self) -> bool {
        let Some(authority) = self.authority.strip_prefix("//") else {
            return false;
        };
        let host_port = authority.rsplit('@').next().unwrap_or(authority);
        let (host, port) = match host_port.strip_prefix('[') {
            Some(rest) => match rest.split_once(']') {
                Some((v6, after)) => {
                    let v6_ok = !v6.is_empty()
                        && v6
                            .chars()
                            .all(|c| c.is_ascii_hexdigit() || matches!(c, ':' | '.'));
                    if !v6_ok {
                        return false;
                    }
                    match after {
                        "" => return true,
                        _ => (None, after.strip_prefix(':')),
                    }
                }
                None => return false,
            },
            None => match host_port.rsplit_once(':') {
                Some((h, p)) => (Some(h), Some(p)),
                None => (Some(host_port), None),
            },
        };
        let port_ok = match port {
            None => host.is_some(),
            Some(p) => p.is_empty() || p.parse::<u16>().is_ok(),
        };
        port_ok && host.is_none_or(valid_domain)
    }

    pub fn host_without_www(&self) -> &str {
        self.host().trim_start_matches("www.")
    }

    /// Resolves `reference` against this URL (RFC 3986 §5.2). Keeps fragments of the reference.
    pub fn join(&self, reference: &str) -> Option<Url> {
        self.resolve(reference).and_then(|s| Url::parse(&s))
    }

    /// The resolved reference as a string, fragment included.
    pub fn resolve(&self, reference: &str) -> Option<String> {
        let r: String = reference
            .trim()
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        if r.is_empty() {
            return Some(self.to_string());
        }
        if Url::parse(&r).is_some() {
            return Some(r);
        }
        let (body, fragment) = match r.find('#') {
            Some(i) => (&r[..i], &r[i..]),
            None => (r.as_str(), ""),
        };
        let resolved = if let Some(rest) = body.strip_prefix("//") {
            format!("{}://{}", self.scheme, rest)
        } else if body.is_empty() {
            format!(
                "{}:{}{}{}",
                self.scheme, self.authority, self.path, self.query
            )
        } else if body.starts_with('?') {
            format!("{}:{}{}{}", self.scheme, self.authority, self.path, body)
        } else {
            let (path, query) = match body.find('?') {
                Some(q) => (&body[..q], &body[q..]),
                None => (body, ""),
            };
            let merged = if path.starts_with('/') {
                path.to_string()
            } else {
                let dir = &self.path[..self.path.rfind('/').map_or(0, |i| i + 1)];
                let dir = if dir.is_empty() && !self.authority.is_empty() {
                    "/"
                } else {
                    dir
                };
                format!("{dir}{path}")
            };
            format!(
                "{}:{}{}{}",
                self.scheme,
                self.authority,
                remove_dot_segments(&merged),
                query
            )
        };
        Some(format!("{resolved}{fragment}"))
    }
}

impl std::fmt::Display for Url {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}{}{}",
            self.scheme, self.authority, self.path, self.query
        )
    }
}

fn valid_domain(host: &str) -> bool {
    let host = host.strip_suffix('.').unwrap_or(host);
    let chars_ok = host.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || matches!(c, '-' | '.' | '_')
            || (!c.is_ascii() && c.is_alphanumeric())
    });
    if host.is_empty() || !chars_ok {
        return false;
    }
    // WHATWG parses a host whose last label is a number as IPv4, and fails on anything but an address.
    let last = host.rsplit('.').next().unwrap_or(host);
    let numeric =
        last.bytes().all(|b| b.is_ascii_digit()) || last.to_ascii_lowercase().starts_with("0x");
    if numeric {
        let parts: Vec<&str> = host.split('.').collect();
        return parts.len() == 4
            && parts.iter().all(|p| {
                !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) && p.parse::<u8>().is_ok()
            });
    }
    true
}

fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {
                if i == last {
                    out.push("");
                }
            }
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
                if i == last {
                    out.push("");
                }
            }
            s => out.push(s),
        }
    }
    let joined = out.join("/");
    if path.starts_with('/') && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_rfc3986_examples() {
        let base = Url::parse("http://a/b/c/d;p?q").unwrap();
        for (r, want) in [
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("g;x=1/../y", "http://a/b/c/y"),
            ("https://x.org/p", "https://x.org/p"),
        ] {
            assert_eq!(base.resolve(r).as_deref(), Some(want), "{r}");
        }
    }

    #[test]
    fn browser_valid_hosts() {
        for ok in [
            "https://www.example.com/a",
            "http://user:pw@example.com:8080/",
            "http://192.168.0.1/",
            "https://[::1]:443/",
            "https://münchen.de/",
            "http://my_host.example./x",
        ] {
            assert!(Url::parse(ok).unwrap().has_valid_host(), "{ok}");
        }
        for bad in [
            "https://",
            "https:foo.example.com/",
            "https://en%wikipedia.org/",
            "http://a\u{fffd}b.com/",
            "http://a\u{1}b.com/",
            "http://example.com:http/",
            "http://999.1.1.1/",
            "http://12345/",
            "https://[xyz]/",
        ] {
            assert!(!Url::parse(bad).unwrap().has_valid_host(), "{bad}");
        }
    }

    #[test]
    fn host_and_scheme() {
        let u = Url::parse("HTTPS://www.handelsblatt.com:443/politik").unwrap();
        assert_eq!(u.scheme(), "https");
        assert_eq!(u.host_without_www(), "handelsblatt.com");
        assert!(Url::parse("/relative").is_none());
    }
}
