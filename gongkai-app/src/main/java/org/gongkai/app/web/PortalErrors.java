package org.gongkai.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.app.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The errors of the portal's pages, answered with the portal's own error page (never problem+json,
 * never a stack trace): a store refusal with its status, anything else 500, logged. The portal's
 * controllers extend it, so their handlers take precedence over the API's advice.
 */
abstract class PortalErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler(StoreException.class)
    ResponseEntity<String> refused(StoreException e) {
        HttpStatus status = ApiExceptionHandler.status(e);
        if (status.is5xxServerError()) {
            LOG.error("portal: {}", e.getMessage());
        }
        return PortalController.error(status);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("portal: unexpected error on {}", request.getRequestURI(), e);
        return PortalController.error(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
