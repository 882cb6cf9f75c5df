"""The names of the places that issue US licenses (practice.LICENSE_STATES), so that a therapist
may pick one by its name as well as by its two letters."""

from __future__ import annotations

from collections.abc import Mapping

LICENSE_STATE_NAMES: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "District of Columbia", "PR": "Puerto Rico", "GU": "Guam", "VI": "U.S. Virgin Islands",
    "AS": "American Samoa", "MP": "Northern Mariana Islands",
}


def match_state(typed: str, names: Mapping[str, str] = LICENSE_STATE_NAMES) -> str | None:
    """The license state a therapist means by what they typed: its two letters ("tx"), else the
    first state whose name begins so ("Tex", "new y"); None when nothing fits. `names`: the names
    as shown (a Spanish screen's "Nueva York"), the English ones still matched after them."""
    wanted = " ".join(typed.split()).casefold()
    if not wanted:
        return None
    for code in LICENSE_STATE_NAMES:
        if code.casefold() == wanted:
            return code
    for table in (names, LICENSE_STATE_NAMES):
        for code, name in sorted(table.items(), key=lambda item: item[1]):
            if name.casefold().startswith(wanted):
                return code
    return None


__all__ = ["LICENSE_STATE_NAMES", "match_state"]
