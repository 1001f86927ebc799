#!/usr/bin/env python3
"""Writes data/units.tsv, the unit table the figure grammar reads (src/figures/units.rs).

usage: python3 -m pip install babel==2.17.0 && python3 scripts/units-table.py > data/units.tsv

Source: the Unicode CLDR data shipped in the PyPI package Babel 2.17.0 (code BSD-3-Clause;
CLDR data under the Unicode licence), locales en, en_GB, en_IN, en_AU, en_CA, en_NZ, en_ZA:
- measurement units: every long name (singular and plural, US and British spellings) and short
  symbol of the categories news reports (length, area, volume, mass, speed, temperature,
  duration, digital, energy, power, pressure, frequency, electric, percent);
- currencies: every ISO 4217 code in use, its English names (singular and plural), the symbols
  these locales write, and the bare head noun ("riyals", "naira") where it names one currency
  or the table below picks the one news means by it.
The SI factors, the symbols shown, and a few forms CLDR lacks but copy uses ("kph", "sq km",
"lbs", "pct") are written below, each with its reason.

Format (version line first; one form a line, tab-separated):
  # crossread-units 1
  FORM  CASE  SYMBOL  KIND  FACTOR  SI
FORM is lower-cased unless CASE is "exact"; KIND is money, measure, percent or duration;
FACTOR and SI give the SI reading (value * FACTOR in SI), empty where there is none.
"""
import sys
from babel import Locale
import babel

assert babel.__version__ == "2.17.0", "pin babel==2.17.0 so the table rebuilds byte for byte"

LOCALES = ["en", "en_GB", "en_IN", "en_AU", "en_CA", "en_NZ", "en_ZA"]

# CLDR unit id -> (symbol shown, kind, SI factor, SI unit). Units not listed are not read.
# Temperatures are affine: their SI reading is computed in code (units.rs: to_si).
UNITS = {
    # length (SI: metre)
    "length-kilometer": ("km", "measure", 1e3, "m"), "length-meter": ("m", "measure", 1, "m"),
    "length-decimeter": ("dm", "measure", 0.1, "m"), "length-centimeter": ("cm", "measure", 1e-2, "m"),
    "length-millimeter": ("mm", "measure", 1e-3, "m"), "length-micrometer": ("µm", "measure", 1e-6, "m"),
    "length-nanometer": ("nm", "measure", 1e-9, "m"), "length-picometer": ("pm", "measure", 1e-12, "m"),
    "length-mile": ("mi", "measure", 1609.344, "m"), "length-yard": ("yd", "measure", 0.9144, "m"),
    "length-foot": ("ft", "measure", 0.3048, "m"), "length-inch": ("in", "measure", 0.0254, "m"),
    "length-nautical-mile": ("nmi", "measure", 1852, "m"), "length-light-year": ("ly", "measure", 9.4607304725808e15, "m"),
    "length-astronomical-unit": ("au", "measure", 149597870700, "m"), "length-furlong": ("fur", "measure", 201.168, "m"),
    "length-fathom": ("fth", "measure", 1.8288, "m"), "length-parsec": ("pc", "measure", 3.0856775814913673e16, "m"),
    # area (SI: square metre)
    "area-square-kilometer": ("km2", "measure", 1e6, "m2"), "area-hectare": ("ha", "measure", 1e4, "m2"),
    "area-square-meter": ("m2", "measure", 1, "m2"), "area-square-centimeter": ("cm2", "measure", 1e-4, "m2"),
    "area-square-mile": ("mi2", "measure", 2589988.110336, "m2"), "area-acre": ("acre", "measure", 4046.8564224, "m2"),
    "area-square-yard": ("yd2", "measure", 0.83612736, "m2"), "area-square-foot": ("ft2", "measure", 0.09290304, "m2"),
    "area-square-inch": ("in2", "measure", 0.00064516, "m2"), "area-dunam": ("dunam", "measure", 1000, "m2"),
    # volume (SI: cubic metre)
    "volume-cubic-kilometer": ("km3", "measure", 1e9, "m3"), "volume-cubic-meter": ("m3", "measure", 1, "m3"),
    "volume-cubic-centimeter": ("cm3", "measure", 1e-6, "m3"), "volume-cubic-mile": ("mi3", "measure", 4168181825.440579, "m3"),
    "volume-cubic-yard": ("yd3", "measure", 0.764554857984, "m3"), "volume-cubic-foot": ("ft3", "measure", 0.028316846592, "m3"),
    "volume-cubic-inch": ("in3", "measure", 1.6387064e-5, "m3"), "volume-megaliter": ("Ml", "measure", 1e3, "m3"),
    "volume-hectoliter": ("hl", "measure", 0.1, "m3"), "volume-liter": ("l", "measure", 1e-3, "m3"),
    "volume-deciliter": ("dl", "measure", 1e-4, "m3"), "volume-centiliter": ("cl", "measure", 1e-5, "m3"),
    "volume-milliliter": ("ml", "measure", 1e-6, "m3"), "volume-acre-foot": ("ac ft", "measure", 1233.48183754752, "m3"),
    "volume-bushel": ("bu", "measure", 0.03523907016688, "m3"), "volume-gallon": ("gal", "measure", 0.003785411784, "m3"),
    "volume-gallon-imperial": ("gal Imp.", "measure", 0.00454609, "m3"), "volume-quart": ("qt", "measure", 0.000946352946, "m3"),
    "volume-pint": ("pt", "measure", 0.000473176473, "m3"), "volume-cup": ("cup", "measure", 0.0002365882365, "m3"),
    "volume-fluid-ounce": ("fl oz", "measure", 2.95735295625e-5, "m3"), "volume-tablespoon": ("tbsp", "measure", 1.478676478125e-5, "m3"),
    "volume-teaspoon": ("tsp", "measure", 4.92892159375e-6, "m3"), "volume-barrel": ("bbl", "measure", 0.158987294928, "m3"),
    # mass (SI: kilogram). "tons" in world news is mostly metric: read as tonnes.
    "mass-tonne": ("t", "measure", 1e3, "kg"), "mass-ton": ("t", "measure", 1e3, "kg"),
    "mass-kilogram": ("kg", "measure", 1, "kg"), "mass-gram": ("g", "measure", 1e-3, "kg"),
    "mass-milligram": ("mg", "measure", 1e-6, "kg"), "mass-microgram": ("µg", "measure", 1e-9, "kg"),
    "mass-stone": ("st", "measure", 6.35029318, "kg"), "mass-pound": ("lb", "measure", 0.45359237, "kg"),
    "mass-ounce": ("oz", "measure", 0.028349523125, "kg"), "mass-ounce-troy": ("oz t", "measure", 0.0311034768, "kg"),
    "mass-carat": ("ct", "measure", 2e-4, "kg"), "mass-grain": ("gr", "measure", 6.479891e-5, "kg"),
    # speed (SI: metre per second)
    "speed-kilometer-per-hour": ("km/h", "measure", 1 / 3.6, "m/s"), "speed-meter-per-second": ("m/s", "measure", 1, "m/s"),
    "speed-mile-per-hour": ("mph", "measure", 0.44704, "m/s"), "speed-knot": ("kn", "measure", 1852 / 3600, "m/s"),
    # temperature (affine, see above)
    "temperature-celsius": ("°C", "measure", None, None), "temperature-fahrenheit": ("°F", "measure", None, None),
    "temperature-kelvin": ("K", "measure", None, None),
    # digital (SI: byte)
    "digital-petabyte": ("PB", "measure", 1e15, "B"), "digital-terabyte": ("TB", "measure", 1e12, "B"),
    "digital-terabit": ("Tb", "measure", 1.25e11, "B"), "digital-gigabyte": ("GB", "measure", 1e9, "B"),
    "digital-gigabit": ("Gb", "measure", 1.25e8, "B"), "digital-megabyte": ("MB", "measure", 1e6, "B"),
    "digital-megabit": ("Mb", "measure", 1.25e5, "B"), "digital-kilobyte": ("kB", "measure", 1e3, "B"),
    "digital-kilobit": ("kb", "measure", 125, "B"), "digital-byte": ("B", "measure", 1, "B"),
    "digital-bit": ("bit", "measure", 0.125, "B"),
    # energy (SI: joule), power (watt), pressure (pascal), frequency (hertz), electric
    "energy-kilocalorie": ("kcal", "measure", 4184, "J"), "energy-calorie": ("cal", "measure", 4.184, "J"),
    "energy-kilojoule": ("kJ", "measure", 1e3, "J"), "energy-joule": ("J", "measure", 1, "J"),
    "energy-kilowatt-hour": ("kWh", "measure", 3.6e6, "J"), "energy-british-thermal-unit": ("Btu", "measure", 1055.05585262, "J"),
    "power-gigawatt": ("GW", "measure", 1e9, "W"), "power-megawatt": ("MW", "measure", 1e6, "W"),
    "power-kilowatt": ("kW", "measure", 1e3, "W"), "power-watt": ("W", "measure", 1, "W"),
    "power-horsepower": ("hp", "measure", 745.69987158227022, "W"),
    "pressure-bar": ("bar", "measure", 1e5, "Pa"), "pressure-millibar": ("mbar", "measure", 100, "Pa"),
    "pressure-atmosphere": ("atm", "measure", 101325, "Pa"), "pressure-pascal": ("Pa", "measure", 1, "Pa"),
    "pressure-hectopascal": ("hPa", "measure", 100, "Pa"), "pressure-kilopascal": ("kPa", "measure", 1e3, "Pa"),
    "pressure-megapascal": ("MPa", "measure", 1e6, "Pa"), "pressure-pound-force-per-square-inch": ("psi", "measure", 6894.757293168, "Pa"),
    "frequency-gigahertz": ("GHz", "measure", 1e9, "Hz"), "frequency-megahertz": ("MHz", "measure", 1e6, "Hz"),
    "frequency-kilohertz": ("kHz", "measure", 1e3, "Hz"), "frequency-hertz": ("Hz", "measure", 1, "Hz"),
    "electric-volt": ("V", "measure", 1, "V"), "electric-ampere": ("A", "measure", 1, "A"),
    # percent
    "concentr-percent": ("%", "percent", None, None),
    # duration (SI: second; a year is the Julian year of 365.25 days, a month a twelfth of it)
    "duration-century": ("centuries", "duration", 3155760000, "s"), "duration-decade": ("decades", "duration", 315576000, "s"),
    "duration-year": ("years", "duration", 31557600, "s"), "duration-month": ("months", "duration", 2629800, "s"),
    "duration-week": ("weeks", "duration", 604800, "s"), "duration-day": ("days", "duration", 86400, "s"),
    "duration-hour": ("hours", "duration", 3600, "s"), "duration-minute": ("minutes", "duration", 60, "s"),
    "duration-second": ("seconds", "duration", 1, "s"), "duration-millisecond": ("milliseconds", "duration", 1e-3, "s"),
}

# Short symbols that are also everyday words or letters after a number ("in", "am", "a"), or
# that would take a model letter for a unit ("Form 5 B"): CLDR has them, the table does not.
SHORT_SKIP = {"in", "st", "pt", "a", "A", "B", "s", "h", "d", "w", "y", "q", "K", "J", "W", "V",
              "cup", "gr", "ct", "fur", "fth", "pc", "au", "c", "C", "bu", "qt", "mo", "mth", "mths",
              "Mb", "Gb", "Tb", "kb", "bar", "cal", "ly", "hp", "yd", "hl", "dec", "L", "sec", "ton", "/cu cm", "/cu m", "AU", "CD", "CM", "Cal", "US", "pm", "ML", "bus."}

# Forms copy uses that CLDR does not list (each: form, symbol of a unit above).
EXTRA = [
    ("kph", "km/h"), ("kmh", "km/h"), ("km/hr", "km/h"), ("kilometres an hour", "km/h"),
    ("kilometers an hour", "km/h"), ("miles an hour", "mph"), ("meters per millisecond", "m/ms"),
    ("sq km", "km2"), ("sq mi", "mi2"), ("sq m", "m2"), ("sq ft", "ft2"), ("sq. km", "km2"),
    ("sq. ft", "ft2"), ("km2", "km2"), ("m2", "m2"), ("mi2", "mi2"), ("ft2", "ft2"),
    ("kms", "km"), ("kilos", "kg"), ("kgs", "kg"), ("lbs", "lb"), ("grammes", "g"),
    ("metric tonnes", "t"), ("microgrammes", "µg"), ("μg", "µg"), ("mcg", "µg"), ("cc", "cm3"),
    ("pct", "%"), ("pc", "%"), ("per cent", "%"), ("percentage", "%"), ("percents", "%"), ("percentage points", "%"),
    ("celsius", "°C"), ("centigrade", "°C"), ("centigrate", "°C"), ("degrees centigrade", "°C"),
    ("deg celsius", "°C"), ("deg c", "°C"), ("° c", "°C"), ("°c", "°C"), ("fahrenheit", "°F"),
    ("farenheit", "°F"), ("deg f", "°F"), ("° f", "°F"), ("°f", "°F"), ("kelvin", "K"), ("kelvins", "K"),
    ("degrees", "°"), ("degree", "°"), ("deg", "°"), ("deg .", "°"), ("°", "°"),
    ("mins", "minutes"), ("hrs", "hours"), ("secs", "seconds"), ("yrs", "years"),
    ("degrees c", "°C"), ("degree c", "°C"), ("degrees f", "°F"), ("degree f", "°F"),
    ("deg. c", "°C"), ("deg. f", "°F"), ("mbps", "Mbit/s"), ("gbps", "Gbit/s"), ("kbps", "kbit/s"),
    ("megabits per second", "Mbit/s"), ("gigabits per second", "Gbit/s"), ("kilobits per second", "kbit/s"),
    ("kilowatt hours", "kWh"), ("megawatt hours", "MWh"), ("megawatt-hours", "MWh"), ("MWh", "MWh"),
    ("gigawatt hours", "GWh"), ("gigawatt-hours", "GWh"), ("GWh", "GWh"), ("turns", "turn"), ("turn", "turn"),
    ("tons of oil equivalent", "toe"), ("bits", "bit"), ("bytes", "B"),
    ("cubic metres", "m3"), ("cubic meters", "m3"), ("cubic feet", "ft3"), ("bcf", "bcf"),
    ("picometer", "pm"), ("picometers", "pm"), ("centimeters/millisecond", "cm/ms"), ("km/ms", "km/ms"),
]
# Extra units: symbol -> (kind, SI factor, SI unit)
EXTRA_UNITS = {
    "MWh": ("measure", 3.6e9, "J"), "GWh": ("measure", 3.6e12, "J"), "turn": ("measure", None, None),
    "toe": ("measure", 41.868e9, "J"), "bcf": ("measure", 0.028316846592e9, "m3"),
    "m/ms": ("measure", 1e3, "m/s"), "cm/ms": ("measure", 10, "m/s"), "km/ms": ("measure", 1e6, "m/s"),
    "°": ("measure", None, None),
    "Mbit/s": ("measure", 1.25e5, "B/s"), "Gbit/s": ("measure", 1.25e8, "B/s"), "kbit/s": ("measure", 125, "B/s"),
}
# Exact-case extras: "28 C", "90 F" after a number in weather copy.
EXTRA_EXACT = [("C", "°C"), ("F", "°F"), ("M", None)]

# A head noun several currencies share -> the one news means by it alone. Historic units
# (franc, mark, peseta, guilder, markka, lira) are read as the currency that last bore the name.
HEADS = {
    "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "dinar": "IQD",
    "riyal": "SAR", "rial": "IRR", "dirham": "AED", "krona": "SEK", "krone": "NOK", "kroner": "NOK",
    "kronor": "SEK", "yuan": "CNY", "shilling": "KES", "real": "BRL", "rand": "ZAR", "won": "KRW",
    "lira": "TRY", "mark": "DEM", "peseta": "ESP", "guilder": "NLG", "markka": "FIM", "ruble": "RUB",
    "rouble": "RUB", "yen": "JPY", "euro": "EUR", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
    "dong": "VND", "naira": "NGN", "cedi": "GHS", "kwacha": "ZMW", "zloty": "PLN", "forint": "HUF",
    "leu": "RON", "lev": "BGN", "hryvnia": "UAH", "shekel": "ILS", "taka": "BDT", "pula": "BWP",
    "birr": "ETB", "kyat": "MMK", "kip": "LAK", "riel": "KHR", "afghani": "AFN", "lari": "GEL",
    "manat": "AZN", "tenge": "KZT", "som": "KGS", "sol": "PEN", "boliviano": "BOB", "colon": "CRC",
    "quetzal": "GTQ", "lempira": "HNL", "cordoba": "NIO", "guarani": "PYG", "bolivar": "VES",
}
# Words that are currency heads in CLDR but everyday English nouns first: never read bare.
HEAD_SKIP = {"mark", "real", "won", "sol", "som", "colon", "leu", "lev", "dong", "rand"}
# Minor units: kept as units of their own, as Recognizers-Text does ("197 pence").
MINOR = [("cent", "cent"), ("cents", "cent"), ("pence", "GBp"), ("penny", "GBp"), ("pennies", "GBp"),
         ("kopeks", "kopek"), ("kopecks", "kopek"), ("paise", "paisa"), ("fils", "fils"),
         ("satoshi", "sat"), ("satoshis", "sat")]
# Codes read in lower case too ("3.4 billion usd"): the major ones, none of them an English word.
LOWER_CODES = ["USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "RMB"]
# Signs other English locales of CLDR lack, as copy writes them.
SIGNS = [("$", "USD"), ("US$", "USD"), ("us$", "USD"), ("C$", "CAD"), ("c$", "CAD"), ("Rs", "INR"),
         ("Rs.", "INR"), ("₦", "NGN"), ("₽", "RUB"), ("₴", "UAH"), ("₺", "TRY"), ("₾", "GEL"),
         ("ரூ", "LKR"), ("₿", "BTC"), ("₭", "LAK"), ("元", "CNY"), ("₨", "PKR")]
# Crypto currencies are not ISO 4217 but are reported as money.
CRYPTO = [("bitcoin", "BTC"), ("bitcoins", "BTC"), ("btc", "BTC"), ("₿", "BTC"),
          ("ether", "ETH"), ("renminbi", "CNY"), ("rmb", "CNY"), ("元", "CNY"), ("₭", "LAK"),
          ("u.s. dollars", "USD"), ("u.s. dollar", "USD"), ("pounds sterling", "GBP"),
          ("dutch guilders", "NLG"), ("finnish markka", "FIM"), ("liras", "TRY"), ("yuan renminbi", "CNY"),
          ("dinars", "IQD"), ("riyals", "SAR"), ("dirhams", "AED"), ("shekels", "ILS"), ("rand", "ZAR"),
          ("won", "KRW"), ("kip", "LAK"), ("grand", None)]


def forms_of(pattern):
    return pattern.replace("{0}", "").strip()


def main():
    rows = {}  # (form, case) -> (symbol, kind, factor, si)

    def add(form, case, symbol, kind, factor, si):
        if not form:
            return
        key = (form if case == "exact" else form.lower(), case)
        rows.setdefault(key, (symbol, kind, factor, si))

    for loc in LOCALES:
        pats = Locale.parse(loc)._data["unit_patterns"]
        for uid, (sym, kind, factor, si) in UNITS.items():
            if uid not in pats:
                continue
            p = pats[uid]
            for plural in ("one", "other"):
                long_form = p.get("long", {}).get(plural)
                if long_form:
                    add(forms_of(long_form), "any", sym, kind, factor, si)
                short = p.get("short", {}).get(plural)
                if short:
                    f = forms_of(short)
                    if f not in SHORT_SKIP:
                        add(f, "exact", sym, kind, factor, si)
                # narrow forms only where they carry a sign of their own ("m²", "ft³", "°C")
                narrow = p.get("narrow", {}).get(plural)
                if narrow:
                    f = forms_of(narrow)
                    if not f.isascii() and f not in SHORT_SKIP:
                        add(f, "exact", sym, kind, factor, si)
    by_symbol = {v[0]: v for v in rows.values()}
    for s, (kind, factor, si) in EXTRA_UNITS.items():
        by_symbol.setdefault(s, (s, kind, factor, si))
    for form, sym in EXTRA:
        _, kind, factor, si = by_symbol[sym]
        add(form, "any", sym, kind, factor, si)
    for form, sym in EXTRA_EXACT:
        if sym:
            _, kind, factor, si = by_symbol[sym]
            add(form, "exact", sym, kind, factor, si)

    en = Locale.parse("en")
    names = en._data["currency_names"]
    plurals = en._data["currency_names_plural"]
    heads = {}
    for code, name in names.items():
        if "(" in name or code.startswith("X") and code not in ("XAF", "XOF"):
            continue
        add(code, "exact", code, "money", None, None)
        forms = {name} | set(dict(plurals.get(code, {})).values())
        for f in forms:
            add(f, "any", code, "money", None, None)
            head = f.lower().split()[-1]
            heads.setdefault(head, set()).add(code)
    for loc in LOCALES:
        for code, sym in Locale.parse(loc).currency_symbols.items():
            if sym not in (code, "¤") and code in names and "(" not in names[code] and not sym.isalpha():
                add(sym, "exact", code, "money", None, None)
    for sym, code in SIGNS:
        add(sym, "exact", code, "money", None, None)
    for head, codes in sorted(heads.items()):
        singular = head[:-1] if head.endswith("s") and head[:-1] in HEADS else head
        if singular in HEAD_SKIP:
            continue
        code = HEADS.get(singular) or (next(iter(codes)) if len(codes) == 1 else None)
        if code:
            add(head, "any", code, "money", None, None)
    for form, sym in MINOR:
        add(form, "any", sym, "money", None, None)
    for c in LOWER_CODES:
        add(c.lower(), "any", "CNY" if c == "RMB" else c, "money", None, None)
    for form, code in CRYPTO:
        if code:
            add(form, "any", code, "money", None, None)

    def num(x):
        return "" if x is None else repr(float(x))

    out = sys.stdout
    out.write("# crossread-units 1\n")
    out.write("# generated by scripts/units-table.py from CLDR (Babel 2.17.0); do not edit\n")
    for (form, case), (sym, kind, factor, si) in sorted(rows.items()):
        if "\t" in form:
            continue
        out.write(f"{form}\t{case}\t{sym}\t{kind}\t{num(factor)}\t{si or ''}\n")


main()
