"""Configuration: `[credaudit]` and `[credaudit:scorer:NAME]` sections of an ini file.

Read from `--config FILE`, else from `setup.cfg` in the current folder when it
has a `[credaudit]` section.  Precedence: defaults < file < command-line flags.
Unknown keys, unknown scorers and values of the wrong type are errors
(exit 2), so a typo never silently weakens a gate.

Every key, its type, default and meaning is listed in `KEYS`; the README's
config reference is generated from the same table (`credaudit config-keys`).
"""
from __future__ import annotations

import configparser
import dataclasses
import os
from dataclasses import dataclass, field

from audit.errors import ConfigError

SECTION = "credaudit"
SCORER_PREFIX = "credaudit:scorer:"


@dataclass(frozen=True)
class Key:
    type: type
    default: object
    help: str


KEYS: dict[str, Key] = {
    "format": Key(str, "text", "default output format for `audit`"),
    "max_bytes": Key(int, 20_000_000, "largest document read, in bytes; larger ones are refused"),
    "max_sections": Key(int, 5000, "most sections per document; more is an input error"),
    "jobs": Key(int, 1, "worker processes for `audit` and `check`"),
    # the gate (`credaudit check`, docs/gate.md); validated by audit.policy.Policy
    "fail_on": Key(tuple, ("unflagged-promotion", "marker-without-reason", "unknown-marker"),
                   "finding rules that make `check` fail (exit 1), comma-separated"),
    "report": Key(tuple, ("all",), "finding rules `check` reports, comma-separated, or `all` "
                  "(failing rules are always reported)"),
    "promotion_threshold": Key(float, 0.5, "promotion score (0-1) from which `check` treats a "
                               "section as promotional"),
    "disclosure_scope": Key(str, "section", "`section`: a disclosure covers its own section "
                            "(labels above the content, front matter and meta cover all); "
                            "`document`: an earlier label anywhere also covers later sections"),
    "disclosure_after_counts": Key(bool, False, "accept a disclosure placed after the promotion "
                                   "(FTC guidance: it must come before)"),
    "min_severity": Key(str, "low", "`check` ignores findings below this severity "
                        "(low, medium, high)"),
}


@dataclass(frozen=True, kw_only=True)
class Config:
    values: dict = field(default_factory=dict)
    scorer_options: dict = field(default_factory=dict)
    source: str = "defaults"

    def __getitem__(self, key: str):
        return self.values[key]


def load_config(path: str | None = None, overrides: dict | None = None) -> Config:
    parser = configparser.ConfigParser(interpolation=None)
    source = "defaults"
    if path is not None:
        if not os.path.isfile(path):
            raise ConfigError(f"{path}: config file not found")
        _read(parser, path)
        source = path
    elif os.path.isfile("setup.cfg"):
        _read(parser, "setup.cfg")
        if parser.has_section(SECTION):
            source = "setup.cfg"
    values = {name: key.default for name, key in KEYS.items()}
    if parser.has_section(SECTION):
        for name, raw in parser.items(SECTION):
            values[name] = _parse(name, raw, source)
    for name, value in (overrides or {}).items():
        if value is not None:
            values[name] = value
    scorer_options = _scorer_options(parser, source)
    return Config(values=values, scorer_options=scorer_options, source=source)


def _read(parser: configparser.ConfigParser, path: str) -> None:
    try:
        with open(path, encoding="utf-8") as handle:
            parser.read_file(handle, source=path)
    except (configparser.Error, UnicodeDecodeError, OSError) as error:
        raise ConfigError(f"{path}: cannot read config: {str(error).splitlines()[0]}") from None


def _parse(name: str, raw: str, source: str):
    if name not in KEYS:
        raise ConfigError(f"{source}: unknown key {name!r} in [{SECTION}]; "
                          f"known keys: {', '.join(sorted(KEYS))}")
    return convert(raw, KEYS[name].type, f"{source}: [{SECTION}] {name}")


def convert(raw: str, kind: type, where: str):
    raw = raw.strip()
    try:
        if kind is bool:
            lowered = raw.lower()
            if lowered in {"1", "true", "yes", "on"}:
                return True
            if lowered in {"0", "false", "no", "off"}:
                return False
            raise ValueError(raw)
        if kind is tuple:
            return tuple(item.strip() for item in raw.replace("\n", ",").split(",") if item.strip())
        return kind(raw)
    except ValueError:
        raise ConfigError(f"{where}: expected {kind.__name__}, got {raw!r}") from None


def _scorer_options(parser: configparser.ConfigParser, source: str) -> dict:
    from scorers import ALL_SCORERS, load
    options = {}
    for section in parser.sections():
        if not section.startswith(SCORER_PREFIX):
            if section.startswith(SECTION + ":"):
                raise ConfigError(f"{source}: unknown section [{section}]")
            continue
        name = section[len(SCORER_PREFIX):]
        if name not in ALL_SCORERS:
            raise ConfigError(f"{source}: unknown scorer {name!r} in [{section}]")
        option_type = load(name).Options
        known = {f.name: f for f in dataclasses.fields(option_type)}
        values = {}
        for key, raw in parser.items(section):
            if key not in known:
                raise ConfigError(f"{source}: unknown option {key!r} in [{section}]; "
                                  f"known: {', '.join(sorted(known)) or 'none'}")
            kind = type(known[key].default)
            values[key] = convert(raw, kind, f"{source}: [{section}] {key}")
        options[name] = option_type(**values)
    return options
