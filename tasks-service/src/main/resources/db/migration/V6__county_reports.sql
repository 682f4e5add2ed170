-- Who owes a report is data too: where the notice says so (林政发〔2020〕9号: 各县（区）、各牵头部门……报市人民政府督查室)
-- each county government reports on the tasks it co-owns, as well as the lead. NULL until the plan's document's
-- calendar (data/reporting-calendars.json) has said; the supervisor may change it with the calendar.
ALTER TABLE plan ADD COLUMN counties_report BOOLEAN NULL;
