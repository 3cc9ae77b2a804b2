/** The Office.js workbook port and the other Excel operations of the task pane. */
export { OfficeWorkbook, type OfficeWorkbookOptions } from "./officeWorkbook";
export { officeHost, type ExcelHost, EXCEL_PAYLOAD_LIMIT, REQUEST_BUDGET } from "./host";
export { columnOf } from "./address";
export { addTemplateTables, type TemplateOutcome } from "./template";
export { templateTables, type TemplateTable, type TemplateColumn } from "./templateSpec";
export { selectCell } from "./select";
export { addStatementCharts, type StatementChart, type ChartSeries } from "./charts";
