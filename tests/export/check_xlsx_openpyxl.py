#!/usr/bin/python3
"""The XLSX exports as another reader sees them: openpyxl (Debian python3-openpyxl) opens the
workbooks tst_xlsxexport kept in SAMPLES and checks the cell types, formats, frozen header,
autofilter and that every bill total equals the sum of its rows to the cent."""
import datetime
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl

WORKSPACE_COLUMNS = ["id", "name", "site", "language", "method", "aliyun_account_id",
                     "huawei_account_id", "instance_id", "subscription_id", "status"]
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def cents(value):
    # repr() of the double is the shortest text that reads back as it: the exact cents.
    return Decimal(repr(value)) * 100


def check_table(sheet):
    check(sheet.freeze_panes == "A2", f"{sheet.title}: frozen pane {sheet.freeze_panes}")
    check(bool(sheet.auto_filter.ref), f"{sheet.title}: no autofilter")
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "total":  # a bill's total row: its label, not an ID
            continue
        for key, cell in zip(header, row):
            if cell.value is None:
                continue
            if key == "id" or str(key).endswith("_id"):
                check(cell.data_type == "s" and cell.number_format == "@",
                      f"{sheet.title}!{cell.coordinate}: ID {cell.value!r} is not text")
    return header


def check_workspaces(path):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["Workspaces"], f"{path.name}: sheets {book.sheetnames}")
    sheet = book["Workspaces"]
    header = check_table(sheet)
    check(header == WORKSPACE_COLUMNS, f"{path.name}: header {header}")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            check(cell.value is None or isinstance(cell.value, str),
                  f"{path.name}!{cell.coordinate}: {cell.value!r} is not a string")


def check_bill(path):
    book = openpyxl.load_workbook(path)
    check(book.sheetnames == ["Bill", "Summary"], f"{path.name}: sheets {book.sheetnames}")
    bill = book["Bill"]
    header = check_table(bill)
    amount = header.index("amount (CNY)")
    grouped = bill.cell(row=bill.max_row, column=1).value == "total"
    rows = list(bill.iter_rows(min_row=2, max_row=bill.max_row - (1 if grouped else 0)))
    total = Decimal(0)
    for row in rows:
        cell = row[amount]
        check(isinstance(cell.value, (int, float)) and cell.number_format == "#,##0.00",
              f"{path.name}!{cell.coordinate}: amount {cell.value!r} {cell.number_format}")
        check(cents(cell.value) == cents(cell.value).to_integral_value(),
              f"{path.name}!{cell.coordinate}: {cell.value!r} is not whole cents")
        total += cents(cell.value)
        if "day" in header:
            day = row[header.index("day")]
            check(isinstance(day.value, datetime.datetime) and day.is_date,
                  f"{path.name}!{day.coordinate}: day {day.value!r} is not a date")
    if grouped:
        check(cents(bill.cell(row=bill.max_row, column=amount + 1).value) == total,
              f"{path.name}: the total row is not the sum of the rows")
    summary = book["Summary"]
    check(summary["A2"].value == "amount (CNY)", f"{path.name}: Summary!A2 {summary['A2'].value}")
    check(cents(summary["B2"].value) == total,
          f"{path.name}: Summary total {summary['B2'].value!r}, the rows make {total / 100}")


def check_activity(path):
    book = openpyxl.load_workbook(path)
    sheet = book["Activity"]
    header = check_table(sheet)
    at = header.index("at (UTC)")
    for row in sheet.iter_rows(min_row=2):
        check(isinstance(row[at].value, datetime.datetime) and row[at].is_date,
              f"{path.name}!{row[at].coordinate}: {row[at].value!r} is not a date-time")


def main():
    samples = Path(sys.argv[1])
    checks = {"workspaces.xlsx": check_workspaces, "activity.xlsx": check_activity}
    for name in ["bill-line.xlsx", "bill-payer.xlsx", "bill-item.xlsx", "bill-site.xlsx",
                 "bill-workspace.xlsx"]:
        checks[name] = check_bill
    for name, checker in checks.items():
        path = samples / name
        if not path.exists():
            failures.append(f"{path}: missing (run tst_xlsxexport first)")
            continue
        checker(path)
    for failure in failures:
        print("FAIL:", failure)
    print(f"{len(checks)} workbooks, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
