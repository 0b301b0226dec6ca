// Generated from Coffer's /openapi.json by openapi-typescript (`npm run client:generate`).
// Do not edit: regenerate after changing a route or a schema; `npm test` fails while it is stale.

export interface paths {
    "/admin/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tenants */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenantList"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create a tenant and its first API key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTenantBody"];
                };
            };
            responses: {
                /** @description Created; the API key is shown only here */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedTenant"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a tenant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tenant */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a tenant's name or configuration */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTenantBody"];
                };
            };
            responses: {
                /** @description Tenant */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Tenant"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an API key */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Created; the key is shown only here */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NewApiKey"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/api-keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    key_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked key */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/test/hello-world-be": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Wealth manager greeting for BE
         * @description Connectivity and API key check.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Greeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Greeting"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investors/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all investors */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 2000 (default 500); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of investors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Create investor */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateInvestorBody"];
                };
            };
            responses: {
                /** @description The investor, with the bank accounts created with it as objects */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedInvestor"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investors/v1/tax-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all tax codes
         * @description PAYE tax codes (pension drawdown). Paging defaults 1000/1, max 4000.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 4000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    investor_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of tax codes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxCodeList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investors/v1/{investor_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get investor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The investor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Investor"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update investor
         * @description Partial update: only sent fields change, `null` clears a nullable field. `reference_version` must be the current one.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateInvestorBody"];
                };
            };
            responses: {
                /** @description The investor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Investor"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/bank-accounts/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve all the bank accounts of a particular investor */
        get: {
            parameters: {
                query: {
                    investor_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The investor's bank accounts (not paginated) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankAccountList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create new bank account
         * @description Only one default account per investor. Numbers are masked in every response.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateBankAccountBody"];
                };
            };
            responses: {
                /** @description The bank account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankAccount"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/bank-accounts/v1/{bank_account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve existing bank account from bank account ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bank_account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The bank account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankAccount"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update existing bank account details
         * @description Number, sort code and roll number are immutable. Answers 201, as WealthOS does for this PATCH.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    bank_account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateBankAccountBody"];
                };
            };
            responses: {
                /** @description The bank account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BankAccount"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/investor-organisations/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all organisational investors (BETA)
         * @description Paging defaults 1000/1, max page size 3000. `next_page_available` is a string, as WealthOS sends it here.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 3000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of organisational investors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OrganisationList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create organisational investor (BETA)
         * @description At most one bank account at creation. Active only when `kyb_status` is `clear` and `dealing_status` is `active`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateOrganisationBody"];
                };
            };
            responses: {
                /** @description The organisational investor */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedOrganisation"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investor-organisations/v1/{investor_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get organisational investor (BETA) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The organisational investor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update organisational investor (BETA)
         * @description Partial update: only sent fields change, `null` clears `corporate_officers`. `reference_version` must be the current one. No bank accounts on update.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateOrganisationBody"];
                };
            };
            responses: {
                /** @description The organisational investor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/workplace-employers/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all workplace employers
         * @description Paging defaults 1000/1, max page size 8000.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 8000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of workplace employers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplaceEmployerList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create workplace employer
         * @description `registration_number` is unique across the tenant's workplace employers; `status` can be `active` only when `kyb_aml_status` is `clear`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWorkplaceEmployerBody"];
                };
            };
            responses: {
                /** @description The workplace employer */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplaceEmployer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/workplace-employers/v1/{workplace_employer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get existing workplace employer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workplace_employer_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workplace employer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplaceEmployer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update workplace employer
         * @description Partial update: only sent fields change, `null` clears `company_structure` and `contact_details`. Same rules as create.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    workplace_employer_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateWorkplaceEmployerBody"];
                };
            };
            responses: {
                /** @description The workplace employer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplaceEmployer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/workplace-employers/v1/{workplace_employer_id}/investors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all investors of a workplace employer
         * @description The individual investors whose `workplace_employers` lists this employer (not paginated).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    workplace_employer_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The employer's investors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkplaceEmployerInvestors"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/contributing-employers/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all the contributing employers of a particular investor
         * @description Not paginated. Without `investor_id`, every contributing employer of the tenant.
         */
        get: {
            parameters: {
                query?: {
                    investor_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contributing employers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContributingEmployerList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create new contributing employer
         * @description At most one bank account at creation; its `default_account` is always `no`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateContributingEmployerBody"];
                };
            };
            responses: {
                /** @description The contributing employer */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedContributingEmployer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/contributing-employers/v1/{contributing_employer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a particular contributing employer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contributing_employer_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contributing employer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContributingEmployer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a particular contributing employer
         * @description Partial update of name, registration number, address and status. `investor_id` cannot change.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    contributing_employer_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateContributingEmployerBody"];
                };
            };
            responses: {
                /** @description The contributing employer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContributingEmployer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/third-party-payers/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all the third-party payers of an investor
         * @description Not paginated; optionally filtered by `status`.
         */
        get: {
            parameters: {
                query: {
                    investor_id: string;
                    status?: "active" | "inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The investor's third-party payers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThirdPartyPayerList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create new third-party payer
         * @description Individuals need first and last name and date of birth; organisations need organisation_name and relationship `other`. `active` only when aml_status is `clear`.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateThirdPartyPayerBody"];
                };
            };
            responses: {
                /** @description The third-party payer */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThirdPartyPayer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/third-party-payers/v1/{third_party_payer_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a third-party payer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    third_party_payer_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The third-party payer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThirdPartyPayer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a third-party payer
         * @description Partial update: only sent fields change, `null` clears a nullable field. `type` and `investor_id` cannot change.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    third_party_payer_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateThirdPartyPayerBody"];
                };
            };
            responses: {
                /** @description The third-party payer */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ThirdPartyPayer"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/investor-accounts/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all the investor accounts (deprecated)
         * @deprecated
         * @description Deprecated: use the v2 operation. Filters are comma-separated lists. Paging defaults to 1000/1, at most 4000 per page.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 4000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    /** @description comma-separated */
                    account_id?: string;
                    /** @description comma-separated */
                    investor_id?: string;
                    /** @description comma-separated: individual, business */
                    account_type?: string;
                    /** @description comma-separated: individual, power_of_attorney, court_of_protection, sipp, ssas, trust, business, charity, sole_trader, partnership */
                    account_sub_type?: string;
                    /** @description comma-separated: active, pending_cancellation, pending_closure, cancelled, closed, matured, inactive */
                    status?: string;
                    /** @description comma-separated: X, Z, B, G */
                    isa_account_type?: string;
                    /** @description comma-separated: general_investment_product, lisa_cash, lisa_stocks, sipp_accumulation, sipp_fad, stocks_isa, treasury_management */
                    financial_product_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV1List"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create investor account from external account ID (deprecated)
         * @deprecated
         * @description Deprecated: use the v2 operation. treasury_management only.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateInvestorAccountV1Body"];
                };
            };
            responses: {
                /** @description The account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV1"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investor-accounts/v1/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve existing investor account from account ID (deprecated)
         * @deprecated
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV1"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update investor account details (deprecated)
         * @deprecated
         * @description Deprecated: use the v2 operation. Custodian fields only; null clears one.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateInvestorAccountV1Body"];
                };
            };
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV1"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/investor-accounts/v2": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all the investor accounts V2
         * @description Filters are comma-separated lists. Paging defaults to 1000/1, at most 4000 per page.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 4000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    /** @description comma-separated */
                    account_id?: string;
                    /** @description comma-separated */
                    investor_id?: string;
                    /** @description comma-separated: individual, business */
                    account_type?: string;
                    /** @description comma-separated: individual, power_of_attorney, court_of_protection, sipp, ssas, trust, business, charity, sole_trader, partnership */
                    account_sub_type?: string;
                    /** @description comma-separated: active, pending_cancellation, pending_closure, cancelled, closed, matured, inactive */
                    status?: string;
                    /** @description comma-separated: X, Z, B, G */
                    isa_account_type?: string;
                    /** @description comma-separated: general_investment_product, lisa_cash, lisa_stocks, sipp_accumulation, sipp_fad, stocks_isa, treasury_management, stocks_jisa */
                    financial_product_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of accounts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV2List"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create investor account V2
         * @description treasury_management (one or more investors) or stocks_jisa (exactly one investor, account_type individual, no account_sub_type). Accounts of other products are opened by pot creation.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateInvestorAccountV2Body"];
                };
            };
            responses: {
                /** @description The account */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV2"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investor-accounts/v2/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve existing investor account from account ID V2 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV2"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update investor account details V2
         * @description Custodian fields (null clears one), related_parties (treasury_management only), status active/inactive (stocks_isa only).
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    account_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateInvestorAccountV2Body"];
                };
            };
            responses: {
                /** @description The account */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorAccountV2"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/investors/v1/{investor_id}/fee-nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get fee nomination for an investor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fee nomination */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeNomination"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create fee nomination for an investor
         * @description One nominee pot (active, held by the investor) pays every fee of all the investor's pots.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateFeeNominationBody"];
                };
            };
            responses: {
                /** @description The fee nomination */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeNomination"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** Delete fee nomination for an investor */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeNominationDeleted"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update fee nomination for an investor
         * @description Replaces the nominee pot; reference_version must match.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    investor_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateFeeNominationBody"];
                };
            };
            responses: {
                /** @description The fee nomination */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeNomination"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/pots/v1/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get total value of all pots of an investor
         * @description Current values by currency; currencies and pots without holdings are left out.
         */
        get: {
            parameters: {
                query: {
                    investor_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Totals by currency */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorTotalValues"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all pots values for a given date
         * @description Without a date, or with today's date (the operational date on the tenant clock, Europe/London by default): the current values of every pot. With a past date: the daily snapshot taken at that date's day-close (23:59:59.999 local time). Newest pots first. Paging defaults 1000/1, max 4000.
         */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (operational date); omitted or today: current values; a past day: the snapshot of its day-close */
                    date?: string;
                    /** @description Items per page, at most 4000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of pot values */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PotsValues"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get total holdings of an investor
         * @description Every pot of the investor (oldest first) with its holdings: cash first, then investment products by id.
         */
        get: {
            parameters: {
                query: {
                    investor_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Holdings by pot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestorHoldings"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1/{pot_id}/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current value of a pot
         * @description Sums of the pot's holdings in its currency at the latest prices; every total is exactly free + locked.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pot_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pot's value */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PotValue"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1/{pot_id}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current holdings of a pot
         * @description Cash first, then investment products by id; holdings with nothing in them are left out.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pot_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pot's holdings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PotHoldings"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1/{pot_id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get pending & past transactions of a pot
         * @description Transactions created between `from` and `to` (both inclusive; defaults 2000-01-01T00:00:00.000Z and now), by creation time (`sort`, default desc). Paging defaults 1000/1, max 8000: without paging, the latest 1000.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 8000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    /** @description created at or after; default 2000-01-01T00:00:00.000Z */
                    from?: string | unknown | unknown;
                    /** @description created at or before; default now */
                    to?: string | unknown | unknown;
                    /** @description one or more sub transaction types, comma-separated */
                    sub_transaction_type?: string;
                };
                header?: never;
                path: {
                    pot_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of the pot's transactions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PotTransactionList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get all pots for an investor */
        get: {
            parameters: {
                query: {
                    investor_id: string;
                    /** @description comma-separated financial product ids */
                    financial_product_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The investor's pots (incl. joint pots) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PotList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create new pots
         * @description Up to five pots per request, each with its own result. Send investor_id or account_id as the financial product requires.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePotsBody"];
                };
            };
            responses: {
                /** @description Per-pot results */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatePotsResponse"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/pots/v1/{pot_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve existing pot from pot ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pot_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pot"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update existing pot details */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    pot_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdatePotBody"];
                };
            };
            responses: {
                /** @description The pot */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pot"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/payments/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all payments
         * @description Every filter combines with the others; `sub_transaction_type`, `investor_id`, `status`, `source_id` and `contribution_id` take comma-separated values. Paging defaults 1000/1, max 8000; `sort` by creation time, default desc.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 8000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    payment_type?: "electronic_fund_transfer" | "card" | "direct_debit" | "manual" | "reversal";
                    service_provider?: "truelayer" | "stripe" | "gocardless" | "none";
                    purpose?: "cash" | "invest";
                    /** @description one or more values, comma-separated */
                    sub_transaction_type?: string;
                    /** @description one or more values, comma-separated */
                    investor_id?: string;
                    /** @description one or more of pending_confirmation, processing, succeeded, cancelled, failed, comma-separated */
                    status?: string;
                    /** @description one or more values, comma-separated */
                    source_id?: string;
                    /** @description one or more values, comma-separated */
                    contribution_id?: string;
                    batch_id?: string;
                    pot_id?: string;
                    external_transaction_reference?: string;
                    payment_reference?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of payments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create single payment intent
         * @description Stripe (card) and TrueLayer (electronic_fund_transfer) payments start in pending_confirmation and are driven by the provider; manual payments (service_provider none) start in processing and are confirmed with PATCH. On success the cash lands in the pot; with purpose invest, buys follow.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePaymentBody"];
                };
            };
            responses: {
                /** @description The payment */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/payments/v1/{transaction_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get payment by transaction ID */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    transaction_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The payment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update payment status
         * @description Only payments in processing can move, to succeeded, cancelled or failed.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    transaction_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdatePaymentStatusBody"];
                };
            };
            responses: {
                /** @description The payment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/withdrawals/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create single withdrawal
         * @description Locks the cash and pays it out to the bank account (pending/scheduled → pending/submitted → archived/settled).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalBody"];
                };
            };
            responses: {
                /** @description The withdrawal transaction */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/transactions/v1/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create single withdrawal (older path)
         * @description Locks the cash and pays it out to the bank account (pending/scheduled → pending/submitted → archived/settled).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawalBody"];
                };
            };
            responses: {
                /** @description The withdrawal transaction */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/transactions/v1/buy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute buy transaction(s)
         * @description Each instruction locks its cash and is filled by the execution venue at the product's current price; it settles at trade date + the product's settlement_date_offset business days. Per-instruction results; 422 when none can be accepted.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BuyBody"];
                };
            };
            responses: {
                /** @description Execute buy transaction(s) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TradeResponse"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/transactions/v1/sell": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Execute sell transaction(s)
         * @description Each instruction locks its units until settlement, when the proceeds arrive as free cash. Per-instruction results; 422 when none can be accepted.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SellBody"];
                };
            };
            responses: {
                /** @description Execute sell transaction(s) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TradeResponse"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/transactions/v1/fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create fee transaction
         * @description Settles at once from free cash; when cash is short, free holdings are sold down first (selldown_triggered) and the fee settles when the sales do. A fee nomination moves the charge to the nominee pot.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeeBody"];
                };
            };
            responses: {
                /** @description Create fee transaction */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Transaction"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/transactions/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all transactions
         * @description Every filter combines with the others. `start_date`/`end_date` select by creation day (UTC, both inclusive), `updated_date` by the day of the last update. `sub_transaction_type` and `sub_type` take comma-separated values. Paging defaults 1000/1, max 4000; `sort` by creation time, default desc.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 4000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    transaction_id?: string;
                    parent_transaction_id?: string;
                    aggregated_transaction_id?: string;
                    external_transaction_reference?: string;
                    investor_id?: string;
                    account_id?: string;
                    pot_id?: string;
                    /** @description one or more values, comma-separated */
                    sub_transaction_type?: string;
                    /** @description one or more of instructed, confirmed, priced, rejected, settled, cancelled, scheduled, failed, comma-separated */
                    sub_type?: string;
                    /** @description created on or after this UTC day (YYYY-MM-DD) */
                    start_date?: string;
                    /** @description created on or before this UTC day (YYYY-MM-DD) */
                    end_date?: string;
                    /** @description last updated on this UTC day (YYYY-MM-DD) */
                    updated_date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of transactions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransactionList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create transaction
         * @description Books a Buy, Sell, Withdrawal (ISA pots) or Interest executed outside Coffer; holdings change at once. settlement_date must be today or in the past.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalTransactionBody"];
                };
            };
            responses: {
                /** @description Create transaction */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreatedTransaction"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/transactions/v1/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve all transactions
         * @description Every filter combines with the others. `start_date`/`end_date` select by creation day (UTC, both inclusive), `updated_date` by the day of the last update. `sub_transaction_type` and `sub_type` take comma-separated values. Paging defaults 1000/1, max 4000; `sort` by creation time, default desc.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 4000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    transaction_id?: string;
                    parent_transaction_id?: string;
                    aggregated_transaction_id?: string;
                    external_transaction_reference?: string;
                    investor_id?: string;
                    account_id?: string;
                    pot_id?: string;
                    /** @description one or more values, comma-separated */
                    sub_transaction_type?: string;
                    /** @description one or more of instructed, confirmed, priced, rejected, settled, cancelled, scheduled, failed, comma-separated */
                    sub_type?: string;
                    /** @description created on or after this UTC day (YYYY-MM-DD) */
                    start_date?: string;
                    /** @description created on or before this UTC day (YYYY-MM-DD) */
                    end_date?: string;
                    /** @description last updated on this UTC day (YYYY-MM-DD) */
                    updated_date?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of transactions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransactionList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/payments/v1/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all payments
         * @description Every filter combines with the others; `sub_transaction_type`, `investor_id`, `status`, `source_id` and `contribution_id` take comma-separated values. Paging defaults 1000/1, max 8000; `sort` by creation time, default desc.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 8000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    payment_type?: "electronic_fund_transfer" | "card" | "direct_debit" | "manual" | "reversal";
                    service_provider?: "truelayer" | "stripe" | "gocardless" | "none";
                    purpose?: "cash" | "invest";
                    /** @description one or more values, comma-separated */
                    sub_transaction_type?: string;
                    /** @description one or more values, comma-separated */
                    investor_id?: string;
                    /** @description one or more of pending_confirmation, processing, succeeded, cancelled, failed, comma-separated */
                    status?: string;
                    /** @description one or more values, comma-separated */
                    source_id?: string;
                    /** @description one or more values, comma-separated */
                    contribution_id?: string;
                    batch_id?: string;
                    pot_id?: string;
                    external_transaction_reference?: string;
                    payment_reference?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of payments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PaymentList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/activity/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Poll the tenant's events
         * @description Every event of the tenant in seq order, with the same ids, seq and ts as the WebSocket stream.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only events with a timestamp after this time */
                    after?: string;
                    /** @description Only events with a timestamp before this time */
                    before?: string;
                    /** @description Cursor: only events with a larger seq (never skips or repeats) */
                    after_seq?: number;
                    /** @description At most 1000 (default 100) */
                    limit?: number;
                    /** @description Events to skip (default 0) */
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityPage"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open the WebSocket push API
         * @description Upgrade to a WebSocket on `{tenant}.{BASE_DOMAIN}` or `{tenant}-ws.{BASE_DOMAIN}`, authenticated by the `x-token` query parameter (the API key). Messages follow the WealthOS socket protocol: subscription/unsubscription with `ch`, `req_id` and optional `from_ts`, heartbeats `{"type":"hb","ch":"system"}`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Tenant API key */
                    "x-token"?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Switching protocols */
                101: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not a WebSocket upgrade */
                426: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Paging defaults 100/1, max 1000; sorted by creation (default desc).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 (default 100); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create webhook
         * @description Registers an endpoint for signed deliveries of every event (optionally filtered by `event_types` and `channels`). The signing `secret` is shown only in this answer and on rotation. URLs must use https and must not point at local or private addresses (plain http to localhost is accepted in local development).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWebhookBody"];
                };
            };
            responses: {
                /** @description The webhook with its signing secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookWithSecret"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/v1/{webhook_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get webhook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    webhook_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook (never its secret) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /**
         * Delete webhook
         * @description Removes the endpoint, its secrets and its deliveries.
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    webhook_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook was deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeletedWebhook"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Update webhook
         * @description Changes url, filters, description, external_reference or `enabled`. `reference_version` must be the current one; `null` clears a field.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    webhook_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateWebhookBody"];
                };
            };
            responses: {
                /** @description The webhook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Webhook"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/webhooks/v1/{webhook_id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate webhook signing secret
         * @description A new secret signs from now on; the previous one keeps signing alongside it for 24 hours.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    webhook_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook with its new secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RotatedWebhook"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/v1/{webhook_id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook deliveries
         * @description Each delivery with its attempts (status code, latency, error) and next retry. Paging defaults 100/1, max 1000; newest first by default.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 1000 (default 100); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    status?: "pending" | "succeeded" | "failed";
                };
                header?: never;
                path: {
                    webhook_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of deliveries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDeliveryList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/v1/{webhook_id}/deliveries/{delivery_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend webhook delivery
         * @description Starts a new round of a finished delivery (same webhook-id, fresh retry schedule).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    webhook_id: string;
                    delivery_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The delivery, scheduled again */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookDelivery"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/webhooks/v1/{webhook_id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay events to a webhook
         * @description Delivers the retained events from_seq..to_seq (default: the last one) that match the webhook's filters again, at most 1000 events per replay.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    webhook_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReplayWebhookBody"];
                };
            };
            responses: {
                /** @description Deliveries created */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookReplay"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/financial-products/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all financial products
         * @description Every product of the tenant (built-in defaults with the operator's overrides). Not paginated.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Comma-separated financial product ids */
                    product_types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The financial products */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancialProductList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/financial-products/{financial_product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Override a financial product's configuration for a tenant
         * @description Partial: only the sent settings change; nested preferences merge field by field. Answers the merged product.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    financial_product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FinancialProductOverrideBody"];
                };
            };
            responses: {
                /** @description The financial product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FinancialProduct"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investment-products/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get configured investment products
         * @description Filter by `status` (empty: all). Paging defaults 1000/1, max 3000; newest first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 3000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    /** @description active or inactive; empty for all */
                    status?: "active" | "inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of products */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProductList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investment-products/v1/current-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current prices of all investment products
         * @description Filter by `status` (empty: all). Paging defaults 1000/1, max 15000; newest product first.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 15000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    /** @description active or inactive; empty for all */
                    status?: "active" | "inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of prices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProductPriceList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investment-products/v1/{investment_product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get details of a given investment product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    investment_product_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProduct"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/investment-products/v1/{investment_product_id}/current-price": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get current price of an investment product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    investment_product_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current price */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProductPrice"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/investment-products/{investment_product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a tenant's investment product
         * @description Creating (201) needs name, id_type, asset_type, currency, close_price and close_price_on_date; an update (200) changes only the fields sent. A close price follows the price rules of the prices endpoint.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    investment_product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpsertInvestmentProductBody"];
                };
            };
            responses: {
                /** @description The product, changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProduct"];
                    };
                };
                /** @description The product, created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProduct"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/investment-products/{investment_product_id}/prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a new current price of an investment product
         * @description `price` is a decimal string > 0 with at most 4 decimals. `price_date` may not be in the future (400) nor before the current price's date (409); the same date replaces the current price.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    investment_product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublishPriceBody"];
                };
            };
            responses: {
                /** @description The current price */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InvestmentProductPrice"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/cash-investment-products/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all cash investment products
         * @description Filters combine with AND; the comma-separated ones match products enabling any of the values. Paging defaults 1000/1, max 3000.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 3000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                    status?: "active" | "inactive" | "discontinued";
                    asset_sub_type?: "term_deposit" | "notice_deposit" | "instant_deposit";
                    counterparty?: string;
                    /** @description Comma-separated; products enabling any of them */
                    enabled_third_parties?: string;
                    /** @description Comma-separated; products enabling any of them */
                    enabled_account_types?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of products */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CashInvestmentProductList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/cash-investment-products/v1/{investment_product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get details of a given cash investment product */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    investment_product_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The product */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CashInvestmentProduct"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/cash-investment-products/{investment_product_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a tenant's cash investment product
         * @description Creating (201) needs asset_sub_type, investment_product_name, counterparty, currency, interest_type, interest_rates and minimum_investment; an update (200) changes only the fields sent.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    investment_product_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpsertCashInvestmentProductBody"];
                };
            };
            responses: {
                /** @description The product, changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CashInvestmentProduct"];
                    };
                };
                /** @description The product, created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CashInvestmentProduct"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/portfolio-templates/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all the portfolio templates
         * @description Paging defaults 1000/1, max 8000; `sort` by creation (default desc).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 8000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of templates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioTemplateList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create new portfolio template
         * @description Ratios must add up to exactly 100; every product must exist and be active (or be `cash`), each at most once.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePortfolioTemplateBody"];
                };
            };
            responses: {
                /** @description The portfolio template */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioTemplate"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/portfolio-templates/v1/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get all the portfolio templates (trailing-slash form)
         * @description Paging defaults 1000/1, max 8000; `sort` by creation (default desc).
         */
        get: {
            parameters: {
                query?: {
                    /** @description Items per page, at most 8000 (default 1000); sent with page_number or both are ignored */
                    page_size?: number;
                    /** @description 1-based page number (default 1); a page past the last item is empty */
                    page_number?: number;
                    sort?: "asc" | "desc";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of templates */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioTemplateList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/portfolio-templates/v1/{portfolio_template_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve existing portfolio template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    portfolio_template_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The portfolio template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioTemplate"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update existing portfolio template
         * @description `ratios` replaces the whole allocation (same rules as on create). `reference_version` must be the current one.
         */
        patch: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    portfolio_template_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdatePortfolioTemplateBody"];
                };
            };
            responses: {
                /** @description The portfolio template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortfolioTemplate"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with a different request */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/tenant/sandbox/v1/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the tenant clock
         * @description The tenant's now and operational date; on a test clock also whether an advance is under way (`advancing`, with its target). Sandbox tenants only (403 for a live tenant).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The clock */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a test clock
         * @description Freezes the tenant's clock at `frozen_at` (not before its newest event; 400 naming `frozen_at`), or runs it from there at `speed` × wall time. Day-close starts at that operational date: none runs for earlier dates. 409 when a test clock is already attached. Sandbox tenants only (403 for a live tenant).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttachClockBody"];
                };
            };
            responses: {
                /** @description The clock */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Detach the test clock
         * @description Returns the tenant to the wall clock, running what falls due between the test clock and the wall clock as an advance would (200, or 202 while it runs). 409 while the wall clock is behind the test clock. Sandbox tenants only (403 for a live tenant).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The clock */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description The clock, still advancing */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the tenant clock (operator)
         * @description The tenant's now and operational date; on a test clock also whether an advance is under way (`advancing`, with its target). Sandbox tenants only (403 for a live tenant).
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The clock */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a test clock (operator)
         * @description Freezes the tenant's clock at `frozen_at` (not before its newest event; 400 naming `frozen_at`), or runs it from there at `speed` × wall time. Day-close starts at that operational date: none runs for earlier dates. 409 when a test clock is already attached. Sandbox tenants only (403 for a live tenant).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttachClockBody"];
                };
            };
            responses: {
                /** @description The clock */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Detach the test clock (operator)
         * @description Returns the tenant to the wall clock, running what falls due between the test clock and the wall clock as an advance would (200, or 202 while it runs). 409 while the wall clock is behind the test clock. Sandbox tenants only (403 for a live tenant).
         */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The clock */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description The clock, still advancing */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/sandbox/v1/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Advance the test clock
         * @description Moves the clock to `to`, or on by the ISO-8601 duration `by` (at most 2 years, never backwards: 400 naming the field), running every job and day-close that falls due on the way in due order, each stamped at its own due instant. 200 with the clock when done; 202 with `status: advancing` when the work continues in the background (`clock_advanced` on `notifications` when it completes). Sandbox tenants only (403 for a live tenant).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdvanceClockBody"];
                };
            };
            responses: {
                /** @description The clock */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description The clock, still advancing */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Advance the test clock (operator)
         * @description Moves the clock to `to`, or on by the ISO-8601 duration `by` (at most 2 years, never backwards: 400 naming the field), running every job and day-close that falls due on the way in due order, each stamped at its own due instant. 200 with the clock when done; 202 with `status: advancing` when the work continues in the background (`clock_advanced` on `notifications` when it completes). Sandbox tenants only (403 for a live tenant).
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description UUID v4; a repeat replays the original answer */
                    "idempotency-key"?: string;
                };
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AdvanceClockBody"];
                };
            };
            responses: {
                /** @description The clock */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description The clock, still advancing */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SandboxClock"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for this tenant */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/fees/v1/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get fee codes (BETA)
         * @description The fee codes set up for recurring fee computations (set by the operator). Filters combine with AND; comma-separated values match any. Not paginated.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one or more values, comma-separated */
                    fee_codes?: string;
                    status?: "Active" | "Inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fee codes (BETA) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeCodeList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/fees/v1/setups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get fee setups (BETA)
         * @description The recurring fees set up at Investor, Financial Product, Portfolio and Investor Account level. start_date and end_date match setups starting (ending) on that date. Not paginated.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one or more of Investor, Financial Product, Portfolio, Investor Account, comma-separated */
                    fee_calculation_entity?: string;
                    fee_calculation_method?: "Daily Accrual";
                    /** @description one or more of Management fee, Advisor ongoing fee, Service fees, Product administration fees, Portfolio management fees, Platform fees, comma-separated */
                    sub_transaction_type?: string;
                    /** @description one or more values, comma-separated */
                    fee_codes?: string;
                    /** @description All, or instance ids, comma-separated: setups assigned to any of them */
                    assigned_to?: string;
                    /** @description Setups starting on this date */
                    start_date?: string;
                    /** @description Setups ending on this date */
                    end_date?: string;
                    status?: "Active" | "Inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fee setups (BETA) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeSetupList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/fees/v1/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get fee exemptions (BETA)
         * @description The assets left out of the base of recurring fees, set up at Investor, Financial Product and Portfolio level. Not paginated.
         */
        get: {
            parameters: {
                query?: {
                    /** @description one or more of Investor, Financial Product, Portfolio, comma-separated */
                    fee_exemption_entity?: string;
                    /** @description one or more of Management fee, Advisor ongoing fee, Service fees, Product administration fees, Portfolio management fees, Platform fees, comma-separated */
                    sub_transaction_type?: string;
                    /** @description All, or instance ids, comma-separated: exemptions assigned to any of them */
                    assigned_to?: string;
                    /** @description Exemptions starting on this date */
                    start_date?: string;
                    /** @description Exemptions ending on this date */
                    end_date?: string;
                    status?: "Active" | "Inactive";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fee exemptions (BETA) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeExemptionList"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tenant/fees/v1/accruals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pot's accrued recurring fees (Coffer extension)
         * @description What the pot has accrued and not yet had collected, per sub transaction type, at 10 decimal places, as of the last day-close. Not a WealthOS operation.
         */
        get: {
            parameters: {
                query: {
                    pot_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The pot's uncollected accruals */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeAccruals"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limit or daily quota exceeded */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/fee-codes/{fee_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a tenant's fee code
         * @description Creating needs fee_rate (basis points a year); fee_type defaults to Flat_fee_percentage_based, status to Active.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    fee_code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PutFeeCodeBody"];
                };
            };
            responses: {
                /** @description Changed (or unchanged) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeCode"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeCode"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Deactivate a tenant's fee code
         * @description Sets the status to Inactive (the item stays listed); accrual under it stops from the next day-close.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    fee_code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deactivated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeCode"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/fee-setups/{fee_setup_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a tenant's fee setup
         * @description Creating needs fee_calculation_entity, sub_transaction_type, fee_code, assigned_to ("All", an id or ids of the entity) and start_date; an update changes only the fields sent.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    fee_setup_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PutFeeSetupBody"];
                };
            };
            responses: {
                /** @description Changed (or unchanged) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeSetup"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeSetup"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Deactivate a tenant's fee setup
         * @description Sets the status to Inactive (the item stays listed); accrual under it stops from the next day-close.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    fee_setup_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deactivated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeSetup"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/fee-exemptions/{fee_exemption_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or change a tenant's fee exemption
         * @description Creating needs fee_exemption_entity, sub_transaction_type, assigned_to ("All" or one id), exempted_assets (cash or product ids) and start_date.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    fee_exemption_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PutFeeExemptionBody"];
                };
            };
            responses: {
                /** @description Changed (or unchanged) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeExemption"];
                    };
                };
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeExemption"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Deactivate a tenant's fee exemption
         * @description Sets the status to Inactive (the item stays listed); accrual under it stops from the next day-close.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                    fee_exemption_id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deactivated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AdminFeeExemption"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tenants/{tenant_id}/fee-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set how often a tenant's accrued fees are collected */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenant_id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FeeSettings"];
                };
            };
            responses: {
                /** @description The settings */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeeSettings"];
                    };
                };
                /** @description Invalid request (problem document naming the fields) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Missing or invalid credentials */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body larger than 1 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body is not application/json */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unexpected error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    investor_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A KYC/KYB check started, completed or failed
         * @description A WealthOS socket message type. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investor_status";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["InvestorStatusPayload"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    investor_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investor_created";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Investor"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    investor_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor changed (also by its KYC check)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investor_updated";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Investor"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    organisation_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An organisational investor was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "organisation_created";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Organisation"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    organisation_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An organisational investor changed (also by its KYB check)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "organisation_updated";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Organisation"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_nomination_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor's fee nomination was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_nomination_created";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeNomination"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_nomination_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor's fee nomination changed
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_nomination_updated";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeNomination"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_nomination_deleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor's fee nomination was deleted (the last state)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `investors` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_nomination_deleted";
                        /** @enum {string} */
                        ch: "investors";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeNomination"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    payment_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payment's status changed
         * @description A WealthOS socket message type. Published on the `payments` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "payment_update";
                        /** @enum {string} */
                        ch: "payments";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["PaymentUpdatePayload"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    transaction_initiated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transaction was created
         * @description A WealthOS socket message type. Published on the `transactions` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "transaction_initiated";
                        /** @enum {string} */
                        ch: "transactions";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Transaction"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    transaction_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transaction changed state
         * @description A WealthOS socket message type. Published on the `transactions` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "transaction_updated";
                        /** @enum {string} */
                        ch: "transactions";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Transaction"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    external_transaction_added: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An external transaction was booked
         * @description A WealthOS socket message type. Published on the `transactions` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "external_transaction_added";
                        /** @enum {string} */
                        ch: "transactions";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Transaction"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    transaction_failed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transaction failed
         * @description A WealthOS socket message type. Published on the `transactions` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "transaction_failed";
                        /** @enum {string} */
                        ch: "transactions";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Transaction"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    holding_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A pot's holding of cash or of a product changed
         * @description A WealthOS socket message type. Published on the `holdings` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "holding_updated";
                        /** @enum {string} */
                        ch: "holdings";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["PotHolding"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    pot_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A pot was opened
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "pot_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Pot"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    pot_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A pot changed
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "pot_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Pot"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    investor_account_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor account was opened (v2 shape, without total_market_value)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investor_account_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["InvestorAccountV2"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    investor_account_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investor account changed (v2 shape, without total_market_value)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investor_account_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["InvestorAccountV2"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    workplace_employer_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A workplace employer was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "workplace_employer_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["WorkplaceEmployer"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    workplace_employer_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A workplace employer changed (also by its KYB check)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "workplace_employer_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["WorkplaceEmployer"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contributing_employer_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contributing employer was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "contributing_employer_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["ContributingEmployer"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    contributing_employer_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contributing employer changed
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "contributing_employer_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["ContributingEmployer"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    third_party_payer_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A third-party payer was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "third_party_payer_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["ThirdPartyPayer"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    third_party_payer_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A third-party payer changed (also by its AML check)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "third_party_payer_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["ThirdPartyPayer"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    financial_product_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator changed a financial product
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "financial_product_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FinancialProduct"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    investment_product_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator added an investment product
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investment_product_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["InvestmentProduct"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    investment_product_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An investment product or its price changed
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "investment_product_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["InvestmentProduct"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    cash_investment_product_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator added a cash investment product
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "cash_investment_product_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["CashInvestmentProduct"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    cash_investment_product_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A cash investment product changed
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "cash_investment_product_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["CashInvestmentProduct"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    portfolio_template_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A portfolio template was created
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "portfolio_template_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["PortfolioTemplate"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    portfolio_template_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A portfolio template changed
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "portfolio_template_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["PortfolioTemplate"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    webhook_disabled: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A webhook endpoint was disabled (410 Gone, or failing for 5 days)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "webhook_disabled";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["Webhook"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    clock_advanced: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A sandbox test clock finished an advance (or a detach)
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "clock_advanced";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["ClockAdvancedPayload"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    tax_year_started: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A UK tax year started (after the day-close of 5 April); account counters were reset
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "tax_year_started";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["TaxYearStartedPayload"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    job_failed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A scheduled job failed for the third time; it is retried with backoff
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "job_failed";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["JobFailedPayload"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_code_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator added a recurring-fee code
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_code_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeCode"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_code_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A fee code changed or was deactivated
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_code_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeCode"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_setup_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator added a recurring-fee setup
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_setup_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeSetup"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_setup_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A fee setup changed or was deactivated
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_setup_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeSetup"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_exemption_created: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The operator added a fee exemption
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_exemption_created";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeExemption"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    fee_exemption_updated: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A fee exemption changed or was deactivated
         * @description A Coffer extension: clients that only know the WealthOS types can ignore it. Published on the `notifications` channel: on the socket, in the activity feed and to every webhook endpoint whose filters match.
         */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description The event's id: the same on every retry, resend and replay */
                    "webhook-id": string;
                    /** @description Unix seconds of this attempt */
                    "webhook-timestamp": string;
                    /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}`; one per active secret, space-separated */
                    "webhook-signature": string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "fee_exemption_updated";
                        /** @enum {string} */
                        ch: "notifications";
                        /** @description UUID of the event; the webhook-id header */
                        id: string;
                        /** @description Gap-free per-tenant sequence number */
                        seq: number;
                        /** @description Epoch milliseconds, strictly increasing per channel */
                        ts: number;
                        payload: components["schemas"]["FeeExemption"];
                    };
                };
            };
            responses: {
                /** @description Any 2xx within 15 s acknowledges the delivery */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Gone: disables the endpoint */
                410: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        InvestorStatusPayload: {
            /** @description `inv-` or `org-` id */
            investor_id: string;
            /** @enum {string} */
            status: "success" | "fail";
            /**
             * @description on success only
             * @enum {string}
             */
            event?: "kyc.started" | "kyc.completed";
            /** @description on failure only */
            error?: string;
        };
        Investor: {
            /** @example inv-XUT11265 */
            investor_id: string;
            first_name: string;
            last_name: string;
            nationality?: string;
            tax_id?: string;
            address?: components["schemas"]["Address"];
            tax_residency_compliant?: boolean;
            /** Format: date */
            date_of_birth?: string;
            id_numbers: components["schemas"]["IdNumber"][];
            vulnerable_customer?: boolean;
            title?: string;
            gender?: string;
            /** Format: email */
            email?: string;
            mobile_number?: string;
            home_number?: string;
            office_number?: string;
            mifid_tax_id?: string;
            retirement_age?: number;
            /** @enum {string} */
            tax_residence?: "GB-ENG" | "GB-NIR" | "GB-SCT" | "GB-WLS";
            /** @enum {string} */
            employment_status?: "employed" | "self_employed" | "pensioner" | "child_under_16" | "in_full_time_education" | "unemployed" | "caring_for_a_person_over_16" | "caring_for_a_person_under_16" | "other";
            mpaa_triggered?: boolean;
            /** Format: date */
            mpaa_triggered_date?: string;
            workplace_employers: string[];
            lta_protection_details: components["schemas"]["LtaProtection"][];
            /** @description Same shape as ExpressionOfWish; a list cleared by an update is omitted */
            expression_of_wish?: {
                sipp_beneficiaries?: {
                    title?: string;
                    first_name: string;
                    last_name: string;
                    address: string;
                    tax_id?: string;
                    phone_number?: string;
                    email?: string;
                    percentage: string;
                }[];
                sipp_nominees?: {
                    title?: string;
                    first_name: string;
                    last_name: string;
                    address: string;
                    tax_id?: string;
                    phone_number?: string;
                    email?: string;
                    percentage: string;
                }[];
            };
            /** @enum {string} */
            status: "kyc_pending" | "kyc_failed" | "inactive" | "active";
            /** @enum {string} */
            kyc_aml_status: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status: "inactive" | "active";
            /** Format: date-time */
            kyc_aml_status_last_updated: string;
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Ids of the investor's own bank accounts */
            bank_accounts: string[];
        };
        Address: {
            postal_code: string;
            address_line?: string;
            street_name?: string;
            city?: string;
            state?: string;
            country: string;
        };
        IdNumber: {
            id_type: string;
            id_number: string;
        };
        LtaProtection: {
            /** @enum {string} */
            lta_protection_type: "primary" | "enhanced" | "fp12" | "fp14" | "ip14" | "fp16" | "ip16";
            lta_primary_protection_factor?: string;
            lta_individual_protection_amount?: string;
            lta_protection_notification_number?: string;
            lta_protection_scheme_administrator_reference?: string;
        };
        Organisation: {
            /** @example org-XUT11265 */
            investor_id: string;
            /** @enum {string} */
            investor_type: "organisation";
            organisation_name: string;
            /** @enum {string} */
            status: "kyb_pending" | "kyb_failed" | "inactive" | "active";
            /** @enum {string} */
            kyb_status: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status: "inactive" | "active";
            corporate_officers: components["schemas"]["CorporateOfficer"][];
            address: components["schemas"]["PartyAddress"];
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Ids of the organisation's bank accounts */
            bank_accounts: string[];
        };
        CorporateOfficer: {
            title?: string;
            first_name: string;
            last_name: string;
            /** @example director */
            role?: string;
            /** Format: email */
            email?: string;
            phone_number?: string;
            /** Format: date */
            date_of_birth?: string;
        };
        PartyAddress: {
            postal_code: string;
            address_line?: string;
            street_name?: string;
            city?: string;
            state?: string;
            country: string;
        };
        FeeNomination: {
            nominations: components["schemas"]["FeeNominee"][];
            reference_version: number;
            /** @example inv-XUT11265 */
            investor_id: string;
            created_at: string;
            updated_at: string;
        };
        FeeNominee: {
            /** @example pot-GYQ5423100 */
            nominee_pot_id: string;
        };
        PaymentUpdatePayload: {
            transaction_id: string;
            pot_id: string;
            /** @enum {string} */
            status: "pending_confirmation" | "processing" | "succeeded" | "cancelled" | "failed";
            /** @description only when failed or cancelled */
            reason?: string;
        };
        Transaction: {
            transaction_id: string;
            parent_transaction_id?: string;
            aggregated_transaction_id?: string;
            external_transaction_reference?: string;
            client_order_id?: string;
            pot_id: string;
            investment_product_id: string;
            primary_transaction_type: string;
            sub_transaction_type: string;
            /** @enum {string} */
            type: "pending" | "archived";
            sub_type: string;
            currency: string;
            /** @enum {string} */
            direction: "in" | "out";
            transaction_quantity?: string;
            /** @description A decimal string (WealthOS types it a number on /transactions/v1 only; its examples use strings) */
            transaction_value?: string;
            execution_price?: string;
            /** Format: date */
            trade_date?: string;
            /** Format: date */
            settlement_date?: string;
            origin: string;
            source_id?: string;
            reason?: string;
            additional_external_details: {
                [key: string]: unknown;
            };
            /** @description Fees: the pot the fee was charged from */
            fee_origin_pot?: string;
            /** @description Fees: whether units were sold to pay the fee */
            selldown_triggered?: boolean;
            /** @description Fees: the sell-downs that pay the fee */
            selldown_transaction_details?: {
                transaction_id: string;
                investment_product_id: string;
                transaction_quantity?: string;
            }[];
            /** @description Withdrawals */
            withdrawal_charge_applicable?: boolean;
            /** @description Withdrawals */
            withdrawal_charge?: string;
            /** @description Externally booked trades */
            effective_transaction_value?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PotHolding: {
            /**
             * @description `cash` for cash
             * @example GB0000495209
             */
            investment_product_id: string;
            currency: string;
            /** @description empty for cash */
            total_quantity: string;
            free_quantity: string;
            locked_quantity: string;
            total_value: string;
            free_value: string;
            locked_value: string;
            investment_product_name: string;
            /** @description latest close price; empty for cash */
            price: string;
            price_date: string;
            /** @description per unit; empty for cash */
            average_book_cost: string;
            cost_of_holding: string;
            /** @description cash only; empty for products */
            settled_cash_position: string;
            additional_external_details: {
                [key: string]: unknown;
            };
            pot_id: string;
        };
        Pot: {
            /** @example pot-GYQ5423100 */
            pot_id: string;
            pot_name: string;
            investor_id: string[];
            financial_product_id: string;
            portfolio_template_id?: string;
            pot_currency: string;
            /** @enum {string} */
            status: "active" | "inactive";
            account_id: string;
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        InvestorAccountV2: {
            /** @example SSISA1663750577493 */
            account_id: string;
            /** @example stocks_isa */
            financial_product_id: string;
            /** @enum {string} */
            account_type: "individual" | "business";
            /** @enum {string} */
            account_sub_type?: "individual" | "power_of_attorney" | "court_of_protection" | "sipp" | "ssas" | "trust" | "business" | "charity" | "sole_trader" | "partnership";
            /**
             * Format: date-time
             * @example 2022-09-21T08:56:17.493Z
             */
            date_of_account_activation: string;
            /** @enum {string} */
            status: "active" | "pending_cancellation" | "pending_closure" | "cancelled" | "closed" | "matured" | "inactive";
            pot_id: string[];
            current_year_subscription: boolean;
            /**
             * Format: date-time
             * @description null until the first subscription of the tax year (WealthOS marks it nullable)
             */
            first_subscription_date_for_current_year: string | null;
            /** @example 0.00 */
            current_year_total_contribution: string;
            /** @example 0.00 */
            current_year_total_withdrawals: string;
            /** @example 0.00 */
            current_year_total_isa_contribution: string;
            /** @example 0.00 */
            current_year_total_isa_withdrawals: string;
            /** @example 0.00 */
            current_year_total_jisa_contribution: string;
            /** @example 0.00 */
            current_year_RAS_claimed: string;
            /** @example 0.00 */
            current_year_gross_contribution: string;
            /** @example 0.00 */
            current_year_MPAA_utilized: string;
            /** @example 0.00 */
            current_year_MPAA_remaining: string;
            /** @example 0.00 */
            current_year_RAS_claims_pending: string;
            /** @example 0.00 */
            current_year_LISA_bonus_claimed: string;
            /** @example 0.00 */
            current_year_LISA_bonus_pending: string;
            /** @example 0.00 */
            current_year_withdrawal_charges: string;
            /** @example 0.00 */
            current_year_total_gross_pension_withdrawal: string;
            /** @example 0.00 */
            current_year_total_net_pension_withdrawal: string;
            /** @example 0.00 */
            current_year_total_tax_paid: string;
            /** @example 0.00 */
            current_year_total_gross_drawdown_withdrawal: string;
            /** @example 0.00 */
            current_year_total_net_drawdown_withdrawal: string;
            /** @example 0.00 */
            current_year_total_tax_paid_from_drawdown: string;
            /** @example 0.00 */
            current_year_total_gross_ufpls_withdrawal: string;
            /** @example 0.00 */
            current_year_total_net_ufpls_withdrawal: string;
            /** @example 0.00 */
            current_year_total_tax_paid_from_ufpls: string;
            /** @example 0.00 */
            current_year_total_tax_free_cash_paid_from_ufpls: string;
            /** @example 0.00 */
            current_year_total_gross_taxable_ufpls_withdrawal: string;
            /** @example 0.00 */
            personal_allowance_utilized: string;
            /** @example 0.00 */
            additional_pay: string;
            /** @example 0.00 */
            tax_overpaid: string;
            /** @example 0.00 */
            total_contribution: string;
            /** @example 0.00 */
            total_gross_contribution: string;
            /** @example 0.00 */
            total_bonus_claimed: string;
            /** @example 0.00 */
            total_withdrawals: string;
            /** @example 0.00 */
            total_withdrawal_charges: string;
            /** @example 0.00 */
            lsdba_percentage_used: string;
            /** @example 0.00 */
            lsa_percentage_used: string;
            /** @example 0.00 */
            lsdba_utilised: string;
            /** @example 0.00 */
            lsa_utilised: string;
            /** @example 0.00 */
            total_gross_pension_withdrawal_life_time: string;
            /** @example 0.00 */
            total_net_pension_withdrawal_life_time: string;
            /** @example 0.00 */
            total_tax_paid_life_time: string;
            /** @example 0.00 */
            total_gross_drawdown_withdrawal_life_time: string;
            /** @example 0.00 */
            total_net_drawdown_withdrawal_life_time: string;
            /** @example 0.00 */
            total_tax_paid_from_drawdown_life_time: string;
            /** @example 0.00 */
            total_gorss_ufpls_withdrawal_life_time: string;
            /** @example 0.00 */
            total_net_ufpls_withdrawal_life_time: string;
            /** @example 0.00 */
            total_tax_paid_from_ufpls_life_time: string;
            /** @example 0.00 */
            total_tax_free_cash_paid_from_ufpls_life_time: string;
            /** @example 0.00 */
            total_gross_taxable_ufpls_withdrawal_life_time: string;
            /** @example 0.00 */
            current_year_pending_withdrawals: string;
            /**
             * @description Omitted when the product has no such allowance
             * @example 20000.00
             */
            isa_allowance_remaining?: string;
            /**
             * @description Omitted when the product has no such allowance
             * @example 20000.00
             */
            jisa_allowance_remaining?: string;
            /**
             * @description Omitted when the product has no such allowance
             * @example 20000.00
             */
            lisa_allowance_remaining?: string;
            custodian_account_reference: string | null;
            custodian_id: string | null;
            custodian_client_reference: string | null;
            regulator_advisor_id: string | null;
            life_events: {
                event_id: string;
                event_type: string;
                status: string;
            }[];
            /** @enum {string} */
            account_ownership: "individual" | "joint";
            /** @description LISA accounts only */
            hmrc_data?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            isa_account_type?: "X" | "Z" | "B" | "G";
            additional_external_details: {
                [key: string]: unknown;
            };
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            investor_id: string[];
            /** @description stocks_jisa accounts only */
            jisa?: {
                [key: string]: unknown;
            };
            /** @example 2025 */
            tax_year: string;
            related_parties: {
                [key: string]: unknown;
            };
            past_gross_contributions: {
                [key: string]: unknown;
            };
            /** @description the pots' total value in the tenant's base currency, at current prices */
            total_market_value?: string;
        };
        WorkplaceEmployer: {
            name: string;
            registration_number: string;
            registered_address: components["schemas"]["PartyAddress"];
            correspondence_address: components["schemas"]["PartyAddress"];
            /** @enum {string} */
            company_structure?: "LLC";
            contact_details?: components["schemas"]["EmployerContactDetails"];
            /** @enum {string} */
            kyb_aml_status: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            status: "active" | "inactive";
            /** @example wem-AHY58878 */
            workplace_employer_id: string;
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        EmployerContactDetails: {
            name?: string;
            /** Format: email */
            email?: string;
            phone_number?: string;
        };
        ContributingEmployer: {
            /** @example cem-ZWY58878 */
            contributing_employer_id: string;
            name: string;
            investor_id: string;
            registration_number: string;
            address: components["schemas"]["PartyAddress"];
            /** @enum {string} */
            status: "active" | "inactive";
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Ids of the employer's bank accounts */
            bank_accounts: string[];
        };
        ThirdPartyPayer: {
            /** @example tpp-ZWY58878 */
            third_party_payer_id: string;
            /** @enum {string} */
            type: "individual" | "organisation";
            title?: string;
            first_name?: string;
            last_name?: string;
            organisation_name?: string;
            representative?: string;
            phone_number?: string;
            email?: string;
            investor_id: string;
            /** Format: date */
            date_of_birth?: string;
            /** @enum {string} */
            relationship_to_investor: "parent" | "grandparent" | "legal_guardian" | "other";
            /** @enum {string} */
            aml_status: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            address?: components["schemas"]["PartyAddress"];
            /** @enum {string} */
            status: "active" | "inactive";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            reference_version: number;
        };
        FinancialProduct: {
            /** @enum {string} */
            financial_product_id: "general_investment_product" | "lisa_cash" | "lisa_stocks" | "sipp_accumulation" | "sipp_fad" | "stocks_isa" | "treasury_management" | "stocks_jisa";
            /** @enum {string} */
            product_type: "general_investment_product" | "lisa_cash" | "lisa_stocks" | "sipp_accumulation" | "sipp_fad" | "stocks_isa" | "treasury_management" | "stocks_jisa";
            name: string;
            availability: string[];
            /** @description Main currency of the product's pots (the tenant's base currency by default) */
            currency: string;
            additional_cash_currencies: string[];
            dividend_options: string[];
            /** @enum {string} */
            flexible: "YES" | "NO";
            investment_preferences: {
                /** @example 1.00 */
                minimum_one_off_investment: string;
                minimum_regular_monthly_investment?: string;
                regular_investment_frequencies: string[];
                regular_investment_dates: string[];
                lisa_bonus_percentage?: number;
            };
            withdrawal_preferences: {
                /** @example 1.00 */
                minimum_one_off_withdrawal: string;
                minimum_regular_monthly_withdrawal?: string;
                regular_withdrawal_frequencies: string[];
                regular_withdrawal_payment_dates: string[];
                withdrawal_notice_period?: string;
                withdrawal_charge_percentage?: number;
            };
            interest_preferences?: {
                /** @enum {string} */
                pay_interest: "Yes" | "No";
                interest_accrual_basis: string;
                interest_payment_frequency: string;
            };
            /**
             * @description Subscriptions allowed per UK tax year; omitted when uncapped
             * @example 20000.00
             */
            annual_subscription_allowance?: string;
            max_annual_ISA_subscription_limit?: string;
            annual_lisa_subscription_limit?: number;
            annual_product_subscription_limit?: string;
            annual_subscription_reduced_limit?: string;
            money_purchase_annual_allowance?: string;
            lifetime_allowance?: string;
            minimum_age?: number;
            maximum_age?: number;
            minimum_withdrawal_age?: number;
            maximum_contribution_age?: number;
            allowed_payment_types: ("card" | "electronic_fund_transfer" | "manual")[];
            allowed_service_providers: ("stripe" | "truelayer" | "none")[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        InvestmentProduct: {
            /** @example GB00B3X7QG63 */
            investment_product_id: string;
            /** @enum {string} */
            id_type: "ISIN" | "CUSIP" | "FundServID";
            /** @example Vanguard FTSE U.K. All Share Index Unit Trust Acc */
            name: string;
            /** @enum {string} */
            asset_type: "funds" | "equities" | "bonds" | "etf";
            asset_sub_type?: string;
            /** @example GBP */
            currency: string;
            /** @example NAV */
            pricing_method: string;
            fund_asset_type?: string;
            fund_code?: string;
            applicable_financial_products: ("gia" | "isa" | "pension")[];
            /**
             * @description Business days from trade to settlement (3 = T+3)
             * @example 3
             */
            settlement_date_offset: number;
            /** @enum {string} */
            status: "active" | "inactive";
            /** @example 12.745 */
            close_price: string;
            /**
             * Format: date
             * @example 2021-09-03
             */
            close_price_on_date: string;
            additional_provider_details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CashInvestmentProduct: {
            /** @enum {string} */
            asset_type: "cash_investments";
            /** @enum {string} */
            asset_sub_type: "term_deposit" | "notice_deposit" | "instant_deposit";
            /** @example CASHINV-AHY58878 */
            investment_product_id: string;
            /** @example HSBC 3 months term deposit */
            investment_product_name: string;
            /** @example CPY-AHY58878 */
            counterparty: string;
            currency: string;
            /** @description Days of notice before a withdrawal */
            notice_period?: number;
            maturity_period?: {
                value: number;
                /** @enum {string} */
                unit: "days" | "months" | "years";
            };
            /** @enum {string} */
            interest_type: "fixed" | "variable";
            interest_rates: {
                rate: string;
                effective_date: string;
            }[];
            /** @enum {string} */
            interest_accrual_frequency: "daily";
            /** @enum {string} */
            interest_compound_frequency: "none" | "daily" | "monthly" | "quarterly" | "annually";
            /** @enum {string} */
            interest_credit_frequency: "monthly" | "quarterly" | "annually" | "on_maturity";
            /** @enum {string} */
            interest_credit_instruction: "credit_to_pot";
            minimum_investment: string;
            maximum_investment?: string;
            minimum_balance?: string;
            top_up_configurations: {
                allowed: boolean;
                minimum_top_up?: string;
                maximum_top_ups?: number;
            };
            revenue_mode: {
                /** @enum {string} */
                type: "none" | "margin" | "fee";
                value?: string;
            };
            /** @enum {string} */
            withdrawal_type: "none" | "partial" | "full" | "partial_and_full";
            enabled_third_parties: string[];
            enabled_account_types: ("individual" | "power_of_attorney" | "court_of_protection" | "sipp" | "ssas" | "trust" | "business" | "charity" | "partnership" | "sole_trader")[];
            flags: {
                [key: string]: boolean;
            };
            /** @enum {string} */
            status: "active" | "inactive" | "discontinued";
            activation_date?: string;
            inactivation_date?: string;
            discontinuation_date?: string;
            attachments: {
                name: string;
                file_id?: string;
                url?: string;
            }[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        PortfolioTemplate: {
            /** @example pft-c60c9472-6668-4f7a-aa69 */
            portfolio_template_id: string;
            portfolio_name: string;
            reference_version: number;
            ratios: {
                investment_product_id: string;
                ratio: string;
            }[];
            /** @enum {string} */
            owner: "SYSTEM";
            created_at: string;
            updated_at: string;
        };
        Webhook: {
            /** @example wh-KQX40512 */
            webhook_id: string;
            url: string;
            event_types: string[] | null;
            channels: ("investors" | "payments" | "transactions" | "holdings" | "reconciliations" | "notifications")[] | null;
            description: string | null;
            external_reference: string | null;
            enabled: boolean;
            /**
             * @description manual (PATCH), gone (the endpoint answered 410), failing (5 days of failed attempts)
             * @enum {string|null}
             */
            disabled_reason: "manual" | "gone" | "failing" | null;
            disabled_at: string | null;
            secret_rotated_at: string | null;
            reference_version: number;
            created_at: string;
            updated_at: string;
        };
        ClockAdvancedPayload: {
            /** @enum {string} */
            mode: "wall" | "test";
            /** @description ISO-8601 UTC: where the clock stands */
            now: string;
            /** @description YYYY-MM-DD in the tenant's time zone */
            operational_date: string;
        };
        TaxYearStartedPayload: {
            /**
             * @description The year the tax year starts in: 2026 runs from 6 April 2026 to 5 April 2027
             * @example 2026
             */
            tax_year: string;
            starts_on: string;
            ends_on: string;
        };
        JobFailedPayload: {
            job_kind: string;
            job_key: string;
            failures: number;
            due_at: string;
            next_attempt_at: string;
            error: string;
        };
        FeeCode: {
            /** @example PF_25 */
            fee_code: string;
            /** @enum {string} */
            fee_type: "Flat_fee_percentage_based";
            /**
             * @description Basis points a year, 2 decimals
             * @example 25.00
             */
            fee_rate: string;
            /** @enum {string} */
            status: "Active" | "Inactive";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        FeeSetup: {
            /** @example FS-PLATFORM */
            fee_setup_id: string;
            /** @enum {string} */
            fee_calculation_entity: "Investor" | "Financial Product" | "Portfolio" | "Investor Account";
            /** @enum {string} */
            fee_calculation_method: "Daily Accrual";
            /** @enum {string} */
            primary_transaction_type: "Fees";
            /** @enum {string} */
            sub_transaction_type: "Management fee" | "Advisor ongoing fee" | "Service fees" | "Product administration fees" | "Portfolio management fees" | "Platform fees";
            fee_code: string;
            /**
             * @description "All", one instance id, or an array of instance ids of the entity
             * @example All
             */
            assigned_to: string | string[];
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date?: string;
            /** @enum {string} */
            status: "Active" | "Inactive";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        FeeExemption: {
            /** @example FE-CASH */
            fee_exemption_id: string;
            /** @enum {string} */
            fee_exemption_entity: "Investor" | "Financial Product" | "Portfolio";
            /** @enum {string} */
            primary_transaction_type: "Fees";
            /** @enum {string} */
            sub_transaction_type: "Management fee" | "Advisor ongoing fee" | "Service fees" | "Product administration fees" | "Portfolio management fees" | "Platform fees";
            /**
             * @description "All", one instance id, or an array of instance ids of the entity
             * @example All
             */
            assigned_to: string | string[];
            /**
             * @example [
             *       "cash"
             *     ]
             */
            exempted_assets: string[];
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date?: string;
            /** @enum {string} */
            status: "Active" | "Inactive";
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreatedTenant: {
            tenant: components["schemas"]["Tenant"];
            api_key: components["schemas"]["NewApiKey"];
        };
        Tenant: {
            tenant_id: string;
            name: string;
            created_at: string;
            updated_at: string;
            config: components["schemas"]["TenantConfig"];
            api_keys: components["schemas"]["ApiKey"][];
        };
        TenantConfig: {
            rate_limit_per_second: number;
            rate_limit_burst: number;
            daily_quota: number | null;
            idempotency_retention_hours: number;
            event_retention_days: number;
            tax_id_uniqueness: boolean;
            base_currency: string;
            /** @enum {string} */
            kyc_provider: "none" | "sandbox";
            /** @enum {string} */
            environment: "live" | "sandbox";
            time_zone: string;
            dealing_cut_off: string;
        };
        ApiKey: {
            key_id: string;
            /** @description First characters of the key, to tell keys apart */
            prefix: string;
            created_at: string;
            revoked_at: string | null;
        };
        NewApiKey: components["schemas"]["ApiKey"] & {
            /** @description The key itself. Shown only in this response. */
            api_key: string;
        };
        Problem: {
            /** @example /problems/validation_failed */
            type: string;
            title: string;
            /** @description The HTTP status; for a WealthOS duplicate request_id, COMPLETE or PROCESSING */
            status: number | ("COMPLETE" | "PROCESSING");
            detail: string;
            instance: string;
            message: string;
            error_code: string;
            request_id: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description A WealthOS duplicate request_id: the original answer, as a JSON string */
            response?: string;
            /** @description version_conflict: the resource's current reference_version */
            current_reference_version?: number;
            /** @description already_exists / duplicate_external_reference: the resource that holds the value */
            existing_id?: string;
            /** @description A price older than the current one: the current price's date */
            current_price_on_date?: string;
        };
        CreateTenantBody: {
            tenant_id: string;
            name: string;
            config?: {
                rate_limit_per_second?: number;
                rate_limit_burst?: number;
                daily_quota?: number | null;
                idempotency_retention_hours?: number;
                event_retention_days?: number;
                tax_id_uniqueness?: boolean;
                base_currency?: string;
                /** @enum {string} */
                kyc_provider?: "none" | "sandbox";
                /**
                 * @description live: the wall clock, always (default). sandbox: may attach a test clock (`/tenant/sandbox/v1/clock`)
                 * @enum {string}
                 */
                environment?: "live" | "sandbox";
                /** @description Time zone of operational dates (default Europe/London) */
                time_zone?: string;
                /** @description Dealing cut-off in local time (default 14:00): an instruction after it trades on the next business day */
                dealing_cut_off?: string;
            };
        };
        TenantList: {
            tenants: components["schemas"]["Tenant"][];
        };
        UpdateTenantBody: {
            rate_limit_per_second?: number;
            rate_limit_burst?: number;
            daily_quota?: number | null;
            idempotency_retention_hours?: number;
            event_retention_days?: number;
            tax_id_uniqueness?: boolean;
            base_currency?: string;
            /** @enum {string} */
            kyc_provider?: "none" | "sandbox";
            /**
             * @description live: the wall clock, always (default). sandbox: may attach a test clock (`/tenant/sandbox/v1/clock`)
             * @enum {string}
             */
            environment?: "live" | "sandbox";
            /** @description Time zone of operational dates (default Europe/London) */
            time_zone?: string;
            /** @description Dealing cut-off in local time (default 14:00): an instruction after it trades on the next business day */
            dealing_cut_off?: string;
            name?: string;
            /** @description Configuration changes, in the shape GET shows */
            config?: {
                rate_limit_per_second?: number;
                rate_limit_burst?: number;
                daily_quota?: number | null;
                idempotency_retention_hours?: number;
                event_retention_days?: number;
                tax_id_uniqueness?: boolean;
                base_currency?: string;
                /** @enum {string} */
                kyc_provider?: "none" | "sandbox";
                /**
                 * @description live: the wall clock, always (default). sandbox: may attach a test clock (`/tenant/sandbox/v1/clock`)
                 * @enum {string}
                 */
                environment?: "live" | "sandbox";
                /** @description Time zone of operational dates (default Europe/London) */
                time_zone?: string;
                /** @description Dealing cut-off in local time (default 14:00): an instruction after it trades on the next business day */
                dealing_cut_off?: string;
            };
        };
        Greeting: {
            /** @example acme */
            tenant: string;
            members: string[];
            /** @example Welcome to WOS world */
            message: string;
        };
        CreatedInvestor: {
            /** @example inv-XUT11265 */
            investor_id: string;
            first_name: string;
            last_name: string;
            nationality?: string;
            tax_id?: string;
            address?: components["schemas"]["Address"];
            tax_residency_compliant?: boolean;
            /** Format: date */
            date_of_birth?: string;
            id_numbers: components["schemas"]["IdNumber"][];
            vulnerable_customer?: boolean;
            title?: string;
            gender?: string;
            /** Format: email */
            email?: string;
            mobile_number?: string;
            home_number?: string;
            office_number?: string;
            mifid_tax_id?: string;
            retirement_age?: number;
            /** @enum {string} */
            tax_residence?: "GB-ENG" | "GB-NIR" | "GB-SCT" | "GB-WLS";
            /** @enum {string} */
            employment_status?: "employed" | "self_employed" | "pensioner" | "child_under_16" | "in_full_time_education" | "unemployed" | "caring_for_a_person_over_16" | "caring_for_a_person_under_16" | "other";
            mpaa_triggered?: boolean;
            /** Format: date */
            mpaa_triggered_date?: string;
            workplace_employers: string[];
            lta_protection_details: components["schemas"]["LtaProtection"][];
            /** @description Same shape as ExpressionOfWish; a list cleared by an update is omitted */
            expression_of_wish?: {
                sipp_beneficiaries?: {
                    title?: string;
                    first_name: string;
                    last_name: string;
                    address: string;
                    tax_id?: string;
                    phone_number?: string;
                    email?: string;
                    percentage: string;
                }[];
                sipp_nominees?: {
                    title?: string;
                    first_name: string;
                    last_name: string;
                    address: string;
                    tax_id?: string;
                    phone_number?: string;
                    email?: string;
                    percentage: string;
                }[];
            };
            /** @enum {string} */
            status: "kyc_pending" | "kyc_failed" | "inactive" | "active";
            /** @enum {string} */
            kyc_aml_status: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status: "inactive" | "active";
            /** Format: date-time */
            kyc_aml_status_last_updated: string;
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            bank_accounts: components["schemas"]["CreatedBankAccount"][];
        };
        CreatedBankAccount: components["schemas"]["BankAccount"] & {
            /** @enum {string} */
            status: "success";
        };
        BankAccount: {
            /** @example ba-20b904f7-8d05-4efd-bd36-4ec3b1ce8e03 */
            bank_account_id: string;
            investor_id: string;
            /** @description The contributing employer (`cem-…`) of a contributing_employer account */
            contributing_party_id?: string;
            account_name: string;
            /** @enum {string} */
            bank_account_type: "investor" | "contributing_employer";
            /** @enum {string} */
            default_account: "yes" | "no";
            /** @example ****5678 */
            bank_account_number: string;
            /** @enum {string} */
            account_status: "active" | "inactive";
            /** @example ****56 */
            sort_code?: string;
            /** @example ******72 */
            building_society_roll_number?: string;
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateInvestorBody: {
            first_name: string;
            last_name: string;
            nationality?: string;
            tax_id?: string;
            /** @enum {string} */
            kyc_aml_status?: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status?: "inactive" | "active";
            id_numbers?: components["schemas"]["IdNumber"][];
            address?: components["schemas"]["Address"];
            tax_residency_compliant?: boolean;
            /** Format: date */
            date_of_birth?: string;
            vulnerable_customer?: boolean;
            bank_accounts?: components["schemas"]["NewPartyBankAccount"][];
            title?: string;
            gender?: string;
            /** Format: email */
            email?: string;
            mobile_number?: string;
            home_number?: string;
            office_number?: string;
            mifid_tax_id?: string;
            retirement_age?: number;
            /** @enum {string} */
            tax_residence?: "GB-ENG" | "GB-NIR" | "GB-SCT" | "GB-WLS";
            /** @enum {string} */
            employment_status?: "employed" | "self_employed" | "pensioner" | "child_under_16" | "in_full_time_education" | "unemployed" | "caring_for_a_person_over_16" | "caring_for_a_person_under_16" | "other";
            mpaa_triggered?: boolean;
            /** Format: date */
            mpaa_triggered_date?: string;
            workplace_employers?: string[];
            lta_protection_details?: components["schemas"]["LtaProtection"][];
            expression_of_wish?: components["schemas"]["ExpressionOfWish"];
        };
        NewPartyBankAccount: {
            account_name: string;
            /** @enum {string} */
            default_account: "yes" | "no";
            bank_account_number: string;
            /** @enum {string} */
            account_status?: "active" | "inactive";
            sort_code?: string;
            building_society_roll_number?: string;
        };
        ExpressionOfWish: {
            sipp_beneficiaries?: {
                title?: string;
                first_name: string;
                last_name: string;
                address: string;
                tax_id?: string;
                phone_number?: string;
                email?: string;
                percentage: string;
            }[] | null;
            sipp_nominees?: {
                title?: string;
                first_name: string;
                last_name: string;
                address: string;
                tax_id?: string;
                phone_number?: string;
                email?: string;
                percentage: string;
            }[] | null;
        };
        InvestorList: {
            investors: components["schemas"]["Investor"][];
            next_page_available: boolean;
        };
        TaxCodeList: {
            tax_codes: components["schemas"]["TaxCode"][];
            next_page_available: boolean;
        };
        TaxCode: {
            investor_id: string;
            /** @example 1080L */
            tax_code: string;
            /** @example 2023-04-06 */
            effective_date: string;
            end_date?: string;
            /** @enum {string} */
            origin: "External API";
            created_at: string;
            updated_at: string;
        };
        UpdateInvestorBody: {
            first_name?: string;
            last_name?: string;
            nationality?: string;
            tax_id?: string | null;
            /** @enum {string} */
            kyc_aml_status?: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status?: "inactive" | "active";
            id_numbers?: components["schemas"]["IdNumber"][] | null;
            address?: components["schemas"]["Address"];
            tax_residency_compliant?: boolean;
            /** Format: date */
            date_of_birth?: string;
            vulnerable_customer?: boolean | null;
            title?: string | null;
            gender?: string | null;
            /** Format: email */
            email?: string | null;
            mobile_number?: string | null;
            home_number?: string | null;
            office_number?: string | null;
            mifid_tax_id?: string | null;
            retirement_age?: number | null;
            /** @enum {string|null} */
            tax_residence?: "GB-ENG" | "GB-NIR" | "GB-SCT" | "GB-WLS" | null;
            /** @enum {string|null} */
            employment_status?: "employed" | "self_employed" | "pensioner" | "child_under_16" | "in_full_time_education" | "unemployed" | "caring_for_a_person_over_16" | "caring_for_a_person_under_16" | "other" | null;
            mpaa_triggered?: boolean | null;
            /** Format: date */
            mpaa_triggered_date?: string | null;
            workplace_employers?: string[] | null;
            lta_protection_details?: components["schemas"]["LtaProtection"][] | null;
            expression_of_wish?: components["schemas"]["ExpressionOfWish"] & (Record<string, never> | null);
            reference_version: number;
        };
        CreateBankAccountBody: {
            investor_id: string;
            contributing_party_id?: string;
            account_name: string;
            /** @enum {string} */
            bank_account_type: "investor" | "contributing_employer";
            /** @enum {string} */
            default_account: "yes" | "no";
            bank_account_number: string;
            /** @enum {string} */
            account_status?: "active" | "inactive";
            sort_code?: string;
            building_society_roll_number?: string;
        };
        BankAccountList: {
            bankAccounts: components["schemas"]["BankAccount"][];
        };
        UpdateBankAccountBody: {
            account_name?: string;
            /** @enum {string} */
            default_account?: "yes" | "no";
            /** @enum {string} */
            account_status?: "active" | "inactive";
            reference_version: number;
            /** @description immutable; rejected if sent */
            bank_account_number?: unknown;
            /** @description immutable; rejected if sent */
            sort_code?: unknown;
            /** @description immutable; rejected if sent */
            building_society_roll_number?: unknown;
            /** @description immutable; rejected if sent */
            investor_id?: unknown;
            /** @description immutable; rejected if sent */
            bank_account_type?: unknown;
            /** @description immutable; rejected if sent */
            contributing_party_id?: unknown;
        };
        CreatedOrganisation: {
            /** @example org-XUT11265 */
            investor_id: string;
            /** @enum {string} */
            investor_type: "organisation";
            organisation_name: string;
            /** @enum {string} */
            status: "kyb_pending" | "kyb_failed" | "inactive" | "active";
            /** @enum {string} */
            kyb_status: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status: "inactive" | "active";
            corporate_officers: components["schemas"]["CorporateOfficer"][];
            address: components["schemas"]["PartyAddress"];
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            bank_accounts: components["schemas"]["CreatedBankAccount"][];
        };
        CreateOrganisationBody: {
            organisation_name: string;
            /**
             * @description Default `not_started`; ignored when the tenant's provider runs KYB
             * @enum {string}
             */
            kyb_status?: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /**
             * @description Default `inactive`
             * @enum {string}
             */
            dealing_status?: "inactive" | "active";
            corporate_officers?: components["schemas"]["CorporateOfficer"][];
            address: components["schemas"]["PartyAddress"];
            bank_accounts?: components["schemas"]["NewPartyBankAccount"][];
        };
        OrganisationList: {
            /**
             * @description A string, as WealthOS sends it on this list
             * @enum {string}
             */
            next_page_available: "true" | "false";
            organisations: components["schemas"]["Organisation"][];
        };
        UpdateOrganisationBody: {
            organisation_name?: string;
            /** @enum {string} */
            kyb_status?: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            dealing_status?: "inactive" | "active";
            /** @description Replaces the list; `null` clears it */
            corporate_officers?: components["schemas"]["CorporateOfficer"][] | null;
            address?: components["schemas"]["PartyAddress"] & unknown;
            reference_version: number;
        };
        CreateWorkplaceEmployerBody: {
            name: string;
            /**
             * @description Unique across the tenant's workplace employers
             * @example 1234567
             */
            registration_number: string;
            registered_address: components["schemas"]["PartyAddress"];
            correspondence_address: components["schemas"]["PartyAddress"];
            /** @enum {string} */
            company_structure?: "LLC";
            contact_details?: components["schemas"]["EmployerContactDetails"];
            /**
             * @description Default `not_started`; ignored when the tenant's provider runs KYB
             * @enum {string}
             */
            kyb_aml_status?: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /**
             * @description `active` only when kyb_aml_status is `clear`
             * @enum {string}
             */
            status: "active" | "inactive";
        };
        WorkplaceEmployerList: {
            workplace_employers: components["schemas"]["WorkplaceEmployer"][];
            next_page_available: boolean;
        };
        UpdateWorkplaceEmployerBody: {
            name?: string;
            /**
             * @description Unique across the tenant's workplace employers
             * @example 1234567
             */
            registration_number?: string;
            registered_address?: components["schemas"]["PartyAddress"];
            correspondence_address?: components["schemas"]["PartyAddress"];
            /** @enum {string|null} */
            company_structure?: "LLC" | null;
            contact_details?: components["schemas"]["EmployerContactDetails"] & (Record<string, never> | null);
            /** @enum {string} */
            kyb_aml_status?: "submitted" | "kyb_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            status?: "active" | "inactive";
            reference_version: number;
        };
        WorkplaceEmployerInvestors: {
            workplace_employer_id: string;
            investors: components["schemas"]["WorkplaceEmployerInvestor"][];
        };
        WorkplaceEmployerInvestor: {
            /** @example inv-XUT11265 */
            investor_id: string;
            first_name: string;
            last_name: string;
            /** @description Omitted when the investor has none (Coffer does not require it at creation) */
            tax_id?: string;
            title?: string;
        };
        CreatedContributingEmployer: {
            /** @example cem-ZWY58878 */
            contributing_employer_id: string;
            name: string;
            investor_id: string;
            registration_number: string;
            address: components["schemas"]["PartyAddress"];
            /** @enum {string} */
            status: "active" | "inactive";
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            bank_accounts: components["schemas"]["CreatedBankAccount"][];
        };
        CreateContributingEmployerBody: {
            name: string;
            /** @example inv-XUT11265 */
            investor_id: string;
            registration_number: string;
            address: components["schemas"]["PartyAddress"];
            /** @enum {string} */
            status: "active" | "inactive";
            bank_accounts?: components["schemas"]["ContributingEmployerBankAccount"][];
        };
        ContributingEmployerBankAccount: components["schemas"]["NewPartyBankAccount"] & {
            /** @enum {string} */
            default_account?: "no";
        };
        ContributingEmployerList: {
            contributingEmployers: components["schemas"]["ContributingEmployer"][];
        };
        UpdateContributingEmployerBody: {
            name?: string;
            registration_number?: string;
            address?: components["schemas"]["PartyAddress"] & unknown;
            /** @enum {string} */
            status?: "active" | "inactive";
            reference_version: number;
            /** @description immutable; rejected if sent */
            investor_id?: unknown;
        };
        CreateThirdPartyPayerBody: {
            /** @enum {string} */
            type: "individual" | "organisation";
            /** @example inv-QXR38578 */
            investor_id: string;
            /**
             * @description Must be `other` when type is organisation
             * @enum {string}
             */
            relationship_to_investor: "parent" | "grandparent" | "legal_guardian" | "other";
            /**
             * @description Ignored when the tenant's provider runs the AML check
             * @enum {string}
             */
            aml_status: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            /**
             * @description Default `inactive`; `active` only when aml_status is `clear`
             * @enum {string}
             */
            status?: "active" | "inactive";
            /** @description An empty string counts as not sent */
            title?: string;
            /** @description Required when type is individual */
            first_name?: string;
            /** @description Required when type is individual */
            last_name?: string;
            /** @description Required when type is organisation */
            organisation_name?: string;
            /** @description The organisation's representative towards the investor */
            representative?: string;
            phone_number?: string;
            /** Format: email */
            email?: string;
            /**
             * Format: date
             * @description Required when type is individual; not in the future
             */
            date_of_birth?: string;
            address?: components["schemas"]["PartyAddress"];
        };
        ThirdPartyPayerList: {
            thirdPartyPayers: components["schemas"]["ThirdPartyPayer"][];
        };
        UpdateThirdPartyPayerBody: {
            /** @description An empty string counts as not sent */
            title?: string | null;
            /** @description Required when type is individual */
            first_name?: string | null;
            /** @description Required when type is individual */
            last_name?: string | null;
            /** @description Required when type is organisation */
            organisation_name?: string | null;
            /** @description The organisation's representative towards the investor */
            representative?: string | null;
            phone_number?: string | null;
            /** Format: email */
            email?: string | null;
            /**
             * Format: date
             * @description Required when type is individual; not in the future
             */
            date_of_birth?: string | null;
            address?: components["schemas"]["PartyAddress"] & (Record<string, never> | null);
            /** @enum {string} */
            relationship_to_investor?: "parent" | "grandparent" | "legal_guardian" | "other";
            /** @enum {string} */
            aml_status?: "submitted" | "kyc_failed_error" | "pending" | "clear" | "not_started";
            /** @enum {string} */
            status?: "active" | "inactive";
            reference_version: number;
            /** @description immutable; rejected if sent */
            type?: unknown;
            /** @description immutable; rejected if sent */
            investor_id?: unknown;
        };
        InvestorAccountV1List: {
            investor_accounts: components["schemas"]["InvestorAccountV1"][];
            next_page_available: boolean;
        };
        InvestorAccountV1: {
            /** @example SSISA1663750577493 */
            account_id: string;
            /** @example stocks_isa */
            financial_product_id: string;
            /** @enum {string} */
            account_type: "individual" | "business";
            /** @enum {string} */
            account_sub_type?: "individual" | "power_of_attorney" | "court_of_protection" | "sipp" | "ssas" | "trust" | "business" | "charity" | "sole_trader" | "partnership";
            /**
             * Format: date-time
             * @example 2022-09-21T08:56:17.493Z
             */
            date_of_account_activation: string;
            /** @enum {string} */
            status: "active" | "pending_cancellation" | "pending_closure" | "cancelled" | "closed" | "matured" | "inactive";
            pot_id: string[];
            current_year_subscription: boolean;
            /**
             * Format: date-time
             * @description null until the first subscription of the tax year (WealthOS marks it nullable)
             */
            first_subscription_date_for_current_year: string | null;
            /** @example 0.00 */
            current_year_total_contribution: string;
            /** @example 0.00 */
            current_year_total_withdrawals: string;
            /** @example 0.00 */
            current_year_total_isa_contribution: string;
            /** @example 0.00 */
            current_year_total_isa_withdrawals: string;
            /** @example 0.00 */
            current_year_RAS_claimed: string;
            /** @example 0.00 */
            current_year_gross_contribution: string;
            /** @example 0.00 */
            current_year_MPAA_utilized: string;
            /** @example 0.00 */
            current_year_MPAA_remaining: string;
            /** @example 0.00 */
            current_year_RAS_claims_pending: string;
            /** @example 0.00 */
            current_year_LISA_bonus_claimed: string;
            /** @example 0.00 */
            current_year_LISA_bonus_pending: string;
            /** @example 0.00 */
            current_year_withdrawal_charges: string;
            /** @example 0.00 */
            current_year_total_gross_pension_withdrawal: string;
            /** @example 0.00 */
            current_year_total_net_pension_withdrawal: string;
            /** @example 0.00 */
            current_year_total_tax_paid: string;
            /** @example 0.00 */
            current_year_total_gross_drawdown_withdrawal: string;
            /** @example 0.00 */
            current_year_total_net_drawdown_withdrawal: string;
            /** @example 0.00 */
            current_year_total_tax_paid_from_drawdown: string;
            /** @example 0.00 */
            current_year_total_gross_ufpls_withdrawal: string;
            /** @example 0.00 */
            current_year_total_net_ufpls_withdrawal: string;
            /** @example 0.00 */
            current_year_total_tax_paid_from_ufpls: string;
            /** @example 0.00 */
            current_year_total_tax_free_cash_paid_from_ufpls: string;
            /** @example 0.00 */
            current_year_total_gross_taxable_ufpls_withdrawal: string;
            /** @example 0.00 */
            personal_allowance_utilized: string;
            /** @example 0.00 */
            additional_pay: string;
            /** @example 0.00 */
            tax_overpaid: string;
            /** @example 0.00 */
            total_contribution: string;
            /** @example 0.00 */
            total_gross_contribution: string;
            /** @example 0.00 */
            total_bonus_claimed: string;
            /** @example 0.00 */
            total_withdrawals: string;
            /** @example 0.00 */
            total_withdrawal_charges: string;
            /** @example 0.00 */
            lsdba_percentage_used: string;
            /** @example 0.00 */
            lsa_percentage_used: string;
            /** @example 0.00 */
            total_gross_pension_withdrawal_life_time: string;
            /** @example 0.00 */
            total_net_pension_withdrawal_life_time: string;
            /** @example 0.00 */
            total_tax_paid_life_time: string;
            /** @example 0.00 */
            total_gross_drawdown_withdrawal_life_time: string;
            /** @example 0.00 */
            total_net_drawdown_withdrawal_life_time: string;
            /** @example 0.00 */
            total_tax_paid_from_drawdown_life_time: string;
            /** @example 0.00 */
            total_gorss_ufpls_withdrawal_life_time: string;
            /** @example 0.00 */
            total_net_ufpls_withdrawal_life_time: string;
            /** @example 0.00 */
            total_tax_paid_from_ufpls_life_time: string;
            /** @example 0.00 */
            total_tax_free_cash_paid_from_ufpls_life_time: string;
            /** @example 0.00 */
            total_gross_taxable_ufpls_withdrawal_life_time: string;
            /** @example 0.00 */
            current_year_pending_withdrawals: string;
            /**
             * @description Omitted when the product has no such allowance
             * @example 20000.00
             */
            isa_allowance_remaining?: string;
            /**
             * @description Omitted when the product has no such allowance
             * @example 20000.00
             */
            lisa_allowance_remaining?: string;
            custodian_account_reference: string | null;
            custodian_id: string | null;
            custodian_client_reference: string | null;
            regulator_advisor_id: string | null;
            life_events: {
                event_id: string;
                event_type: string;
                status: string;
            }[];
            /** @enum {string} */
            account_ownership: "individual" | "joint";
            /** @description LISA accounts only */
            hmrc_data?: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            isa_account_type?: "X" | "Z" | "B" | "G";
            additional_external_details: {
                [key: string]: unknown;
            };
            reference_version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            investor_id: string;
            /** @description the pots' total value in the tenant's base currency, at current prices */
            total_market_value?: string;
        };
        CreateInvestorAccountV1Body: {
            /** Format: uuid */
            request_id: string;
            /** @example CASHACC1674797806011 */
            account_id: string;
            /** @example inv-XUT11265 */
            investor_id: string;
            /** @enum {string} */
            financial_product_id: "treasury_management";
            /** @enum {string} */
            account_type?: "individual" | "business";
            /** @enum {string} */
            account_sub_type?: "individual" | "power_of_attorney" | "court_of_protection" | "sipp" | "ssas" | "trust" | "business" | "charity" | "sole_trader" | "partnership";
            /** Format: date */
            date_of_account_activation?: string;
            additional_external_details?: {
                [key: string]: unknown;
            };
        };
        UpdateInvestorAccountV1Body: {
            custodian_account_reference?: string | null;
            custodian_id?: string | null;
            custodian_client_reference?: string | null;
            regulator_advisor_id?: string | null;
            reference_version: number;
        };
        InvestorAccountV2List: {
            investor_accounts: components["schemas"]["InvestorAccountV2"][];
            next_page_available: boolean;
        };
        CreateInvestorAccountV2Body: {
            /** Format: uuid */
            request_id: string;
            /**
             * @description An external account id; generated when absent
             * @example CASHACC1674797806011
             */
            account_id?: string;
            investor_id: string[];
            /** @enum {string} */
            financial_product_id: "treasury_management" | "stocks_jisa";
            /** @enum {string} */
            account_type?: "individual" | "business";
            /** @enum {string|null} */
            account_sub_type?: "individual" | "power_of_attorney" | "court_of_protection" | "sipp" | "ssas" | "trust" | "business" | "charity" | "sole_trader" | "partnership" | null;
            /**
             * Format: date
             * @description Only with an external account_id
             */
            date_of_account_activation?: string;
            additional_external_details?: {
                [key: string]: unknown;
            };
            related_parties?: {
                [key: string]: unknown;
            };
        };
        UpdateInvestorAccountV2Body: {
            custodian_account_reference?: string | null;
            custodian_id?: string | null;
            custodian_client_reference?: string | null;
            regulator_advisor_id?: string | null;
            reference_version: number;
            /** @description treasury_management accounts only; replaces the stored object */
            related_parties?: {
                [key: string]: unknown;
            };
            /**
             * @description stocks_isa accounts only
             * @enum {string}
             */
            status?: "active" | "inactive";
        };
        CreateFeeNominationBody: {
            nominations: components["schemas"]["FeeNominee"][];
        };
        UpdateFeeNominationBody: {
            nominations: components["schemas"]["FeeNominee"][];
            reference_version: number;
        };
        FeeNominationDeleted: {
            /** @example Successfully deleted nominations for investor [inv-XUT11265] */
            message: string;
        };
        InvestorTotalValues: {
            total_values: {
                pot_currency: string;
                /** @example 600.00 */
                total_value: string;
                /** @example 300.00 */
                total_free_value: string;
                /** @example 300.00 */
                total_locked_value: string;
                /** @example 250.00 */
                total_cash_value: string;
                /** @example 50.00 */
                total_free_cash_value: string;
                /** @example 200.00 */
                total_locked_cash_value: string;
                total_settled_cash_position: string;
                pots: {
                    pot_id: string;
                }[];
            }[];
        };
        PotsValues: {
            pots_values: components["schemas"]["PotValueOnDate"][];
            next_page_available: boolean;
        };
        PotValueOnDate: components["schemas"]["PotValue"] & {
            /**
             * Format: date
             * @description the day the figures are for
             */
            date: string;
        };
        PotValue: {
            /** @example pot-UKW3452850 */
            pot_id: string;
            /** @example GBP */
            pot_currency: string;
            /** @example 600.00 */
            total_value: string;
            /** @example 300.00 */
            total_free_value: string;
            /** @example 300.00 */
            total_locked_value: string;
            /** @example 250.00 */
            total_cash_value: string;
            /** @example 50.00 */
            total_free_cash_value: string;
            /** @example 200.00 */
            total_locked_cash_value: string;
            /** @example 250.00 */
            settled_cash_position: string;
        };
        InvestorHoldings: {
            pots: components["schemas"]["PotHoldings"][];
        };
        PotHoldings: {
            pot_id: string;
            holdings: components["schemas"]["PotHolding"][];
        };
        PotTransactionList: {
            pot_id: string;
            transactions: components["schemas"]["Transaction"][];
            next_page_available: boolean;
        };
        CreatePotsResponse: {
            /** @enum {string} */
            status: "success" | "partially_successful";
            investor_id: string[];
            financial_product_id: string;
            results: components["schemas"]["PotResult"][];
        };
        PotResult: {
            /** @example pot-GYQ5423100 */
            pot_id?: string;
            pot_name?: string;
            investor_id?: string[];
            financial_product_id?: string;
            portfolio_template_id?: string;
            pot_currency?: string;
            /** @enum {string} */
            status?: "active" | "inactive";
            account_id?: string;
            reference_version?: number;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            success: boolean;
            message?: string;
        };
        CreatePotsBody: {
            /** Format: uuid */
            request_id: string;
            investor_id?: string[];
            account_id?: string;
            /** @enum {string} */
            financial_product_id: "general_investment_product" | "lisa_cash" | "lisa_stocks" | "sipp_accumulation" | "sipp_fad" | "stocks_isa" | "treasury_management" | "stocks_jisa";
            pots: components["schemas"]["NewPot"][];
        };
        NewPot: {
            pot_name: string;
            portfolio_template_id?: string;
            /**
             * @description GBP, CAD or USD, enabled for the product; defaults to the tenant's base currency
             * @enum {string}
             */
            pot_currency?: "GBP" | "CAD" | "USD";
            /** @enum {string} */
            status: "active" | "inactive";
        };
        PotList: {
            pots: components["schemas"]["Pot"][];
        };
        UpdatePotBody: {
            pot_name?: string;
            /** @description null detaches the template */
            portfolio_template_id?: string | null;
            /** @enum {string} */
            status?: "active" | "inactive";
            reference_version: number;
        };
        Payment: {
            transaction_id: string;
            investor_id: string[];
            amount: string;
            currency: string;
            /** @enum {string} */
            status: "pending_confirmation" | "processing" | "succeeded" | "cancelled" | "failed";
            pot_id: string;
            payment_type: string;
            service_provider: string;
            service_provider_params: {
                [key: string]: string;
            };
            sub_transaction_type: string;
            source_id?: string;
            /** @enum {string} */
            purpose: "cash" | "invest";
            /** @description null for a cash payment (WealthOS marks it nullable) */
            investment_instructions: {
                investment_product_id: string;
                quantity?: string;
                value?: string;
            }[] | null;
            payment_reference?: string;
            external_transaction_reference?: string;
            origin: string;
            /** @description Only when failed or cancelled */
            reason?: string;
            contribution_id?: string;
            batch_id?: string;
            /**
             * Format: date-time
             * @description When the payment settled (a date-time, as WealthOS types it)
             */
            settlement_date?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreatePaymentBody: {
            /** Format: uuid */
            request_id: string;
            /** @example 100.00 */
            amount: string;
            pot_id: string;
            /** @enum {string} */
            payment_type: "card" | "electronic_fund_transfer" | "manual";
            /** @enum {string} */
            service_provider: "stripe" | "truelayer" | "none";
            service_provider_params?: {
                bank_account_id?: string;
            };
            external_transaction_reference?: string;
            currency?: string;
            /** @enum {string} */
            sub_transaction_type?: "Lump sum" | "Lump sum - non relievable" | "Employer contribution" | "Employer Contribution" | "Lump sum - third party";
            source_id?: string;
            /** @enum {string} */
            purpose: "cash" | "invest";
            investment_instructions?: components["schemas"]["InvestmentInstruction"][];
            payment_reference?: string;
        };
        InvestmentInstruction: {
            investment_product_id: string;
            /**
             * @description units; at most 4 decimals for funds, whole units for equities, bonds and ETFs
             * @example 10.5
             */
            quantity?: string;
            /** @example 100.00 */
            value?: string;
        };
        UpdatePaymentStatusBody: {
            /** @enum {string} */
            status: "succeeded" | "cancelled" | "failed";
            reason?: string;
        };
        WithdrawalBody: {
            /** Format: uuid */
            request_id: string;
            pot_id: string;
            currency: string;
            /** @example 100.00 */
            transaction_value: string;
            /** @enum {string} */
            sub_transaction_type: "Withdrawal" | "Income Withdrawal" | "Closing withdrawal";
            bank_account_id: string;
        };
        TradeResponse: {
            /** @enum {string} */
            status: "success" | "partially_success";
            pot_id: string;
            results: components["schemas"]["TradeResult"][];
        };
        TradeResult: {
            transaction_id?: string;
            parent_transaction_id?: string;
            aggregated_transaction_id?: string;
            external_transaction_reference?: string;
            client_order_id?: string;
            pot_id?: string;
            investment_product_id?: string;
            primary_transaction_type?: string;
            sub_transaction_type?: string;
            /** @enum {string} */
            type?: "pending" | "archived";
            sub_type?: string;
            currency?: string;
            /** @enum {string} */
            direction?: "in" | "out";
            transaction_quantity?: string;
            /** @description A decimal string (WealthOS types it a number on /transactions/v1 only; its examples use strings) */
            transaction_value?: string;
            execution_price?: string;
            /** Format: date */
            trade_date?: string;
            /** Format: date */
            settlement_date?: string;
            origin?: string;
            source_id?: string;
            reason?: string;
            additional_external_details?: {
                [key: string]: unknown;
            };
            /** @description Fees: the pot the fee was charged from */
            fee_origin_pot?: string;
            /** @description Fees: whether units were sold to pay the fee */
            selldown_triggered?: boolean;
            /** @description Fees: the sell-downs that pay the fee */
            selldown_transaction_details?: {
                transaction_id: string;
                investment_product_id: string;
                transaction_quantity?: string;
            }[];
            /** @description Withdrawals */
            withdrawal_charge_applicable?: boolean;
            /** @description Withdrawals */
            withdrawal_charge?: string;
            /** @description Externally booked trades */
            effective_transaction_value?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
            success: boolean;
            message?: string;
        };
        BuyBody: {
            /** Format: uuid */
            request_id: string;
            pot_id: string;
            investment_instructions: components["schemas"]["TradeInstruction"][];
        };
        TradeInstruction: {
            investment_product_id: string;
            /**
             * @description units: at most 4 decimals for funds, whole units for equities, bonds and ETFs
             * @example 10
             */
            quantity?: string;
            /** @example 100.00 */
            value?: string;
            client_order_id?: string;
        };
        SellBody: {
            /** Format: uuid */
            request_id: string;
            pot_id: string;
            sell_instructions: components["schemas"]["TradeInstruction"][];
        };
        FeeBody: {
            /** Format: uuid */
            request_id: string;
            pot_id: string;
            currency: string;
            /** @example 100.00 */
            transaction_value: string;
            /** @enum {string} */
            sub_transaction_type: "Ancillary fee" | "Advisor ongoing fee" | "One-off advisor fee" | "Custody fees" | "Commission" | "Management fee" | "Fee credit" | "Fee rebate" | "Commission rebate";
        };
        CreatedTransaction: components["schemas"]["Transaction"] & {
            /** @example 5f2c4d1e-9b7a-4c3e-8f6d-2a1b0c9d8e7f */
            request_id: string;
        };
        ExternalTransactionBody: {
            request_id: string;
            external_transaction_reference?: string;
            /** @enum {string} */
            sub_transaction_type: "Buy" | "Sell" | "Withdrawal" | "Interest";
            pot_id: string;
            currency: string;
            investment_product_id?: string;
            /** @example 100.0000 */
            execution_price?: string;
            /** @example 100.0000 */
            transaction_quantity?: string;
            /** @example 100.00 */
            effective_transaction_value?: string;
            /** @example 100.00 */
            transaction_value?: string;
            /** Format: date */
            trade_date?: string;
            /** Format: date */
            settlement_date: string;
        };
        TransactionList: {
            transactions: components["schemas"]["Transaction"][];
            next_page_available: boolean;
        };
        PaymentList: {
            /** @description the pot filter, when given */
            pot_id?: string;
            payments: components["schemas"]["Payment"][];
            next_page_available: boolean;
        };
        ActivityPage: {
            links: {
                href: string;
                rel: string;
                type: string;
            }[];
            events: components["schemas"]["ActivityEvent"][];
        };
        ActivityEvent: {
            event_identification: string;
            event_date_time: string;
            id: string;
            seq: number;
            type: string;
            ch: string;
            ts: number;
            payload?: unknown;
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /**
             * @description Signing secret (Standard Webhooks); shown only here
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        CreateWebhookBody: {
            /**
             * Format: uri
             * @description An https URL on a public host (plain http only to localhost in local development); private, loopback and link-local addresses are refused
             * @example https://partner.example.com/coffer/webhooks
             */
            url: string;
            /**
             * @description Event types to receive; omitted, null or empty: every type
             * @example [
             *       "investor_created",
             *       "investor_updated"
             *     ]
             */
            event_types?: string[] | null;
            /**
             * @description Channels to receive; omitted, null or empty: every channel
             * @example [
             *       "investors"
             *     ]
             */
            channels?: ("investors" | "payments" | "transactions" | "holdings" | "reconciliations" | "notifications")[] | null;
            description?: string | null;
            external_reference?: string | null;
        };
        WebhookList: {
            webhooks: components["schemas"]["Webhook"][];
            next_page_available: boolean;
        };
        UpdateWebhookBody: {
            reference_version: number;
            /**
             * Format: uri
             * @description An https URL on a public host (plain http only to localhost in local development); private, loopback and link-local addresses are refused
             * @example https://partner.example.com/coffer/webhooks
             */
            url?: string;
            /**
             * @description Event types to receive; omitted, null or empty: every type
             * @example [
             *       "investor_created",
             *       "investor_updated"
             *     ]
             */
            event_types?: string[] | null;
            /**
             * @description Channels to receive; omitted, null or empty: every channel
             * @example [
             *       "investors"
             *     ]
             */
            channels?: ("investors" | "payments" | "transactions" | "holdings" | "reconciliations" | "notifications")[] | null;
            description?: string | null;
            external_reference?: string | null;
            /** @description false pauses deliveries; true re-enables a disabled endpoint */
            enabled?: boolean;
        };
        DeletedWebhook: {
            webhook_id: string;
            /** @enum {boolean} */
            deleted: true;
        };
        RotatedWebhook: components["schemas"]["Webhook"] & {
            /**
             * @description Signing secret (Standard Webhooks); shown only here
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
            /** @description Until then deliveries carry a signature by the previous secret as well */
            previous_secret_expires_at: string;
        };
        WebhookDeliveryList: {
            deliveries: components["schemas"]["WebhookDelivery"][];
            next_page_available: boolean;
        };
        WebhookDelivery: {
            /** @example whd-3f1c1a52-9d7e-4a4c-8c55-2b0b8f0de6a1 */
            delivery_id: string;
            webhook_id: string;
            /** @description The event's id, sent as webhook-id */
            event_id: string;
            event_seq: number;
            event_type: string;
            /** @enum {string} */
            ch: "investors" | "payments" | "transactions" | "holdings" | "reconciliations" | "notifications";
            /** @enum {string} */
            trigger: "event" | "replay";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempt_count: number;
            next_attempt_at: string | null;
            last_attempt_at: string | null;
            last_status_code: number | null;
            failure_reason: string | null;
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
            created_at: string;
            updated_at: string;
        };
        WebhookDeliveryAttempt: {
            attempted_at: string;
            /** @description null when no response arrived (timeout, connection error) */
            status_code: number | null;
            latency_ms: number;
            error: string | null;
            /** @enum {string} */
            outcome: "succeeded" | "retrying" | "failed";
            next_attempt_at: string | null;
        };
        WebhookReplay: {
            webhook_id: string;
            from_seq: number;
            to_seq: number;
            deliveries_created: number;
        };
        ReplayWebhookBody: {
            from_seq: number;
            /** @description Default: the last committed event */
            to_seq?: number;
        };
        FinancialProductList: {
            financial_products: components["schemas"]["FinancialProduct"][];
        };
        FinancialProductOverrideBody: {
            name?: string;
            availability?: string[];
            /**
             * @example GBP
             * @enum {string}
             */
            currency?: "AUD" | "CAD" | "CHF" | "DKK" | "EUR" | "GBP" | "HKD" | "JPY" | "KWD" | "NOK" | "NZD" | "SEK" | "SGD" | "USD" | "ZAR";
            additional_cash_currencies?: ("AUD" | "CAD" | "CHF" | "DKK" | "EUR" | "GBP" | "HKD" | "JPY" | "KWD" | "NOK" | "NZD" | "SEK" | "SGD" | "USD" | "ZAR")[];
            dividend_options?: string[];
            /** @enum {string} */
            flexible?: "YES" | "NO";
            investment_preferences?: {
                /** @example 1.00 */
                minimum_one_off_investment?: string;
                /** @example 1.00 */
                minimum_regular_monthly_investment?: string;
                regular_investment_frequencies?: string[];
                regular_investment_dates?: string[];
                lisa_bonus_percentage?: number | null;
            };
            withdrawal_preferences?: {
                /** @example 1.00 */
                minimum_one_off_withdrawal?: string;
                /** @example 1.00 */
                minimum_regular_monthly_withdrawal?: string;
                regular_withdrawal_frequencies?: string[];
                regular_withdrawal_payment_dates?: string[];
                withdrawal_notice_period?: string | null;
                withdrawal_charge_percentage?: number | null;
            };
            interest_preferences?: {
                /** @enum {string} */
                pay_interest: "Yes" | "No";
                interest_accrual_basis: string;
                interest_payment_frequency: string;
            } | null;
            /** @example 1.00 */
            annual_subscription_allowance?: string;
            /** @example 1.00 */
            annual_product_subscription_limit?: string;
            /** @example 1.00 */
            annual_subscription_reduced_limit?: string;
            /** @example 1.00 */
            money_purchase_annual_allowance?: string;
            /** @example 1.00 */
            lifetime_allowance?: string;
            minimum_age?: number | null;
            maximum_age?: number | null;
            minimum_withdrawal_age?: number | null;
            maximum_contribution_age?: number | null;
            allowed_payment_types?: ("card" | "electronic_fund_transfer" | "manual")[];
            allowed_service_providers?: ("stripe" | "truelayer" | "none")[];
        };
        InvestmentProductList: {
            investment_products: components["schemas"]["InvestmentProductListItem"][];
            next_page_available: boolean;
        };
        InvestmentProductListItem: {
            investment_product_id: string;
            /** @enum {string} */
            asset_type: "funds" | "equities" | "bonds" | "etf";
            /** @enum {string} */
            status: "active" | "inactive";
            name: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        InvestmentProductPriceList: {
            investment_product_unit_prices: components["schemas"]["InvestmentProductPrice"][];
            next_page_available: boolean;
        };
        InvestmentProductPrice: {
            /** @example FUND345 */
            investment_product_id: string;
            /** @example 45.78 */
            current_price: string;
            /** @example GBP */
            currency: string;
            /**
             * Format: date
             * @example 2019-08-24
             */
            price_on_date: string;
        };
        UpsertInvestmentProductBody: {
            name?: string;
            /** @enum {string} */
            id_type?: "ISIN" | "CUSIP" | "FundServID";
            /** @enum {string} */
            asset_type?: "funds" | "equities" | "bonds" | "etf";
            asset_sub_type?: string | null;
            /**
             * @example GBP
             * @enum {string}
             */
            currency?: "AUD" | "CAD" | "CHF" | "DKK" | "EUR" | "GBP" | "HKD" | "JPY" | "KWD" | "NOK" | "NZD" | "SEK" | "SGD" | "USD" | "ZAR";
            pricing_method?: string;
            fund_asset_type?: string | null;
            fund_code?: string | null;
            applicable_financial_products?: ("gia" | "isa" | "pension")[];
            settlement_date_offset?: number;
            /** @enum {string} */
            status?: "active" | "inactive";
            additional_provider_details?: {
                [key: string]: unknown;
            };
            /** @example 12.745 */
            close_price?: string;
            /** Format: date */
            close_price_on_date?: string;
        };
        PublishPriceBody: {
            /** @example 12.745 */
            price: string;
            /** Format: date */
            price_date: string;
        };
        CashInvestmentProductList: {
            cash_investment_products: components["schemas"]["CashInvestmentProduct"][];
            next_page_available: boolean;
        };
        UpsertCashInvestmentProductBody: {
            /** @enum {string} */
            asset_sub_type?: "term_deposit" | "notice_deposit" | "instant_deposit";
            investment_product_name?: string;
            counterparty?: string;
            /**
             * @example GBP
             * @enum {string}
             */
            currency?: "AUD" | "CAD" | "CHF" | "DKK" | "EUR" | "GBP" | "HKD" | "JPY" | "KWD" | "NOK" | "NZD" | "SEK" | "SGD" | "USD" | "ZAR";
            notice_period?: number | null;
            maturity_period?: {
                value: number;
                /** @enum {string} */
                unit: "days" | "months" | "years";
            } | null;
            /** @enum {string} */
            interest_type?: "fixed" | "variable";
            interest_rates?: {
                /**
                 * @description Annual rate in percent
                 * @example 4.5000
                 */
                rate: string;
                /** Format: date */
                effective_date: string;
            }[];
            /** @enum {string} */
            interest_compound_frequency?: "none" | "daily" | "monthly" | "quarterly" | "annually";
            /** @enum {string} */
            interest_credit_frequency?: "monthly" | "quarterly" | "annually" | "on_maturity";
            /** @example 10000.00 */
            minimum_investment?: string;
            /** @example 10000.00 */
            maximum_investment?: string;
            /** @example 10000.00 */
            minimum_balance?: string;
            top_up_configurations?: {
                allowed: boolean;
                /** @example 10000.00 */
                minimum_top_up: string;
                maximum_top_ups: number | null;
            };
            revenue_mode?: {
                /** @enum {string} */
                type: "none" | "margin" | "fee";
                /** @example 0.2500 */
                value: string;
            };
            /** @enum {string} */
            withdrawal_type?: "none" | "partial" | "full" | "partial_and_full";
            enabled_third_parties?: string[];
            enabled_account_types?: ("individual" | "power_of_attorney" | "court_of_protection" | "sipp" | "ssas" | "trust" | "business" | "charity" | "partnership" | "sole_trader")[];
            flags?: {
                [key: string]: boolean;
            };
            /** @enum {string} */
            status?: "active" | "inactive" | "discontinued";
            /**
             * Format: date-time
             * @description UTC (Z)
             */
            activation_date?: string | null;
            /**
             * Format: date-time
             * @description UTC (Z)
             */
            inactivation_date?: string | null;
            /**
             * Format: date-time
             * @description UTC (Z)
             */
            discontinuation_date?: string | null;
            attachments?: {
                name: string;
                file_id: string | null;
                /** Format: uri */
                url: string | null;
            }[];
        };
        PortfolioTemplateList: {
            portfolio_templates: components["schemas"]["PortfolioTemplate"][];
            next_page_available: boolean;
        };
        CreatePortfolioTemplateBody: {
            /** @example Balanced_Growth */
            portfolio_name: string;
            ratios: components["schemas"]["PortfolioRatio"][];
        };
        PortfolioRatio: {
            /**
             * @description An investment product id, or `cash`
             * @example GB00B3X7QG63
             */
            investment_product_id: string;
            /**
             * @description Percent; at most 2 decimals
             * @example 60.00
             */
            ratio: string;
        };
        UpdatePortfolioTemplateBody: {
            /** @example Balanced_Growth */
            portfolio_name?: string;
            /** @description Replaces the whole allocation */
            ratios?: components["schemas"]["PortfolioRatio"][];
            reference_version: number;
        };
        SandboxClock: {
            /**
             * @description wall: the wall clock; test: a test clock is attached
             * @enum {string}
             */
            mode: "wall" | "test";
            /**
             * @description ISO-8601 UTC: the tenant's now
             * @example 2026-04-02T10:00:00.000Z
             */
            now: string;
            /**
             * @description YYYY-MM-DD of `now` in the tenant's time zone
             * @example 2026-04-02
             */
            operational_date: string;
            /** @enum {string} */
            status: "ready" | "advancing";
            /** @description ISO-8601 UTC target of the advance under way, else null */
            advancing_to: string | null;
            /** @description Tenant-clock seconds per wall second: 0 frozen, 1 on the wall clock, 8640 = a day per 10 s */
            speed: number;
        };
        AttachClockBody: {
            /**
             * Format: date-time
             * @description Where the test clock starts: not before the newest event of the tenant
             * @example 2026-04-02T10:00:00Z
             */
            frozen_at: string;
            /**
             * @description 0 (default) keeps the clock frozen; otherwise it runs at this multiple of wall time
             * @example 8640
             */
            speed?: number;
        };
        AdvanceClockBody: {
            /**
             * Format: date-time
             * @description Target instant (at most 2 years ahead, not in the past)
             * @example 2026-05-12T09:00:00Z
             */
            to?: string;
            /**
             * @description ISO-8601 duration: P1M, P3D, PT6H, P1Y2M10DT2H30M
             * @example P40D
             */
            by?: string;
        };
        FeeCodeList: {
            fee_codes: components["schemas"]["FeeCode"][];
        };
        FeeSetupList: {
            fee_setups: components["schemas"]["FeeSetup"][];
        };
        FeeExemptionList: {
            fee_exemptions: components["schemas"]["FeeExemption"][];
        };
        FeeAccruals: {
            pot_id: string;
            currency: string;
            /**
             * @description Sum over the sub transaction types
             * @example 2.0547945205
             */
            uncollected_value: string;
            accruals: components["schemas"]["FeeAccrualLine"][];
        };
        FeeAccrualLine: {
            /** @enum {string} */
            sub_transaction_type: "Management fee" | "Advisor ongoing fee" | "Service fees" | "Product administration fees" | "Portfolio management fees" | "Platform fees";
            /**
             * @description Exact sum of the daily accruals not yet collected
             * @example 2.0547945205
             */
            accrued_value: string;
            /**
             * @description Rounding remainder of earlier collections (negative when a collection rounded up)
             * @example 0.0000000000
             */
            carried_value: string;
            /**
             * @description accrued_value + carried_value: what the next collection charges, before rounding to the penny
             * @example 2.0547945205
             */
            uncollected_value: string;
            /** Format: date */
            first_accrual_date?: string;
            /** Format: date */
            last_accrual_date?: string;
            /** Format: date */
            last_collection_date?: string;
        };
        AdminFeeCode: components["schemas"]["FeeCode"] & {
            reference_version: number;
        };
        PutFeeCodeBody: {
            /** @enum {string} */
            fee_type?: "Flat_fee_percentage_based";
            /**
             * @description Basis points a year
             * @example 25.00
             */
            fee_rate?: string;
            /** @enum {string} */
            status?: "Active" | "Inactive";
            /** @description When sent on an update, must be the current version (409 otherwise) */
            reference_version?: number;
        };
        AdminFeeSetup: components["schemas"]["FeeSetup"] & {
            reference_version: number;
        };
        PutFeeSetupBody: {
            /** @enum {string} */
            fee_calculation_entity?: "Investor" | "Financial Product" | "Portfolio" | "Investor Account";
            /** @enum {string} */
            fee_calculation_method?: "Daily Accrual";
            /** @enum {string} */
            sub_transaction_type?: "Management fee" | "Advisor ongoing fee" | "Service fees" | "Product administration fees" | "Portfolio management fees" | "Platform fees";
            fee_code?: string;
            assigned_to?: string | string[];
            /** Format: date */
            start_date?: string;
            /** Format: date */
            end_date?: string | null;
            /** @enum {string} */
            status?: "Active" | "Inactive";
            /** @description When sent on an update, must be the current version (409 otherwise) */
            reference_version?: number;
        };
        AdminFeeExemption: components["schemas"]["FeeExemption"] & {
            reference_version: number;
        };
        PutFeeExemptionBody: {
            /** @enum {string} */
            fee_exemption_entity?: "Investor" | "Financial Product" | "Portfolio";
            /** @enum {string} */
            sub_transaction_type?: "Management fee" | "Advisor ongoing fee" | "Service fees" | "Product administration fees" | "Portfolio management fees" | "Platform fees";
            /** @description "All" or one instance id */
            assigned_to?: string;
            /** @description "cash" or investment product ids */
            exempted_assets?: string[];
            /** Format: date */
            start_date?: string;
            /** Format: date */
            end_date?: string | null;
            /** @enum {string} */
            status?: "Active" | "Inactive";
            /** @description When sent on an update, must be the current version (409 otherwise) */
            reference_version?: number;
        };
        FeeSettings: {
            /**
             * @description Accrued fees are collected on the first business day of each month, or of each quarter (January, April, July, October)
             * @enum {string}
             */
            collection_frequency: "monthly" | "quarterly";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
