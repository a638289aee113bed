package org.gongkai.app.store;

import java.time.LocalDate;

/**
 * An uploaded file: any input the core pipeline reads (reference text, PDF, Disclosure or
 * BudgetFacts JSON).
 *
 * @param fileName     the file's name as uploaded (the importer's messages name it)
 * @param bytes        its content
 * @param department   the department's code when the document does not name a known one; null
 *                     to take it from the document (by name) or from the editor's own department
 * @param region       the region's code when the department has none recorded; null for the department's
 * @param approvalDate the 批复 date (publishing is measured against it: within 20 days); may be null
 */
public record UploadRequest(String fileName, byte[] bytes, String department, String region, LocalDate approvalDate) {
}
