"""The facts every template may use: the event, the office, deadlines, fees, payment."""

from __future__ import annotations

from inbox_agent.config import Config
from inbox_agent.registrations import EventRules


def base_context(config: Config, event: EventRules) -> dict:
    """Values every template may use: the event, the office, deadlines and fees."""
    return {
        "event": {
            "name": config.event.name, "title": config.event.title,
            "starts": config.event.starts.isoformat(), "ends": config.event.ends.isoformat(),
            "start_time": config.event.start_time, "end_time": config.event.end_time,
            "venue": config.event.venue,
        },
        "office": {"name": config.office.name, "address": config.office.address},
        "deadlines": {
            "pre_registration": config.deadlines.pre_registration.isoformat(),
            "registration": config.deadlines.registration.isoformat(),
        },
        "fees": {"member": config.fees.member, "non_member": config.fees.non_member,
                 "currency": config.fees.currency},
        "payment": {"due_days": config.payment.due_days,
                    "account_holder": config.payment.account_holder,
                    "iban": config.payment.iban, "bic": config.payment.bic},
    }
