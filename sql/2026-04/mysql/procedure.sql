-- CardGenius recommendation engine: generated — do not edit (regenerate with the compiler).
-- file: procedure.sql
-- release: 2026-04
-- catalog content hash: 636f403328f2076bbbddcd77cb00123a62beb83240f5f1325d98868898bf29f4
-- generator version: cardgenius-compiler 1.0.0
-- dialect: mysql
--
-- The chunk as one stored procedure (statements 1-6 of chunk.sql). It neither
-- commits nor rolls back: the caller owns the transaction. Returns one row with the counts.
CREATE PROCEDURE `cg_process_chunk_2026_04`(
  IN `p_batch_id` VARCHAR(50),
  IN `p_first_user_id` VARCHAR(50),
  IN `p_last_user_id` VARCHAR(50)
)
MODIFIES SQL DATA
SQL SECURITY INVOKER
BEGIN
  DECLARE `v_inserted_rows` BIGINT DEFAULT 0;
  DECLARE `v_completed` BIGINT DEFAULT 0;
  DECLARE `v_failed` BIGINT DEFAULT 0;

  -- Statement 1 of 6: delete_previous
  DELETE `r`
  FROM
    `card_recommendations` AS `r`
    INNER JOIN `user_spending_data` AS `u` ON `u`.`user_id` = `r`.`user_id`
  WHERE
    `u`.`user_id` BETWEEN `p_first_user_id` AND `p_last_user_id`
    AND `u`.`processing_status` = _utf8mb4 'pending';

  -- Statement 2 of 6: insert_recommendations
  INSERT INTO
    `card_recommendations` (
      `user_id`,
      `rank`,
      `card_name`,
      `card_id`,
      `total_savings_yearly`,
      `joining_fees`,
      `total_extra_benefits`,
      `net_savings`,
      `amazon_points`,
      `flipkart_points`,
      `myntra_points`,
      `ajio_points`,
      `grocery_points`,
      `other_online_points`,
      `redemption_method`,
      `redemption_rate`,
      `processed_at`,
      `batch_id`
    )
  WITH
    /* the chunk's valid users: NULL counts as 0, a negative column excludes the user (fail_invalid_users fails them) */
    `cg_input` AS (
      SELECT
        `u`.`user_id` AS `cg_user_id`,
        CAST(COALESCE(`u`.`avg_amazon_gmv`, 0) AS DECIMAL(16, 2)) AS `cg_in_amazon`,
        CAST(COALESCE(`u`.`avg_flipkart_gmv`, 0) AS DECIMAL(16, 2)) AS `cg_in_flipkart`,
        CAST(COALESCE(`u`.`avg_myntra_gmv`, 0) AS DECIMAL(16, 2)) AS `cg_in_myntra`,
        CAST(COALESCE(`u`.`avg_ajio_gmv`, 0) AS DECIMAL(16, 2)) AS `cg_in_ajio`,
        CAST(COALESCE(`u`.`avg_grocery_gmv`, 0) AS DECIMAL(16, 2)) AS `cg_in_grocery`,
        CAST(COALESCE(`u`.`avg_confirmed_gmv`, 0) AS DECIMAL(16, 2)) AS `cg_in_confirmed`
      FROM
        `user_spending_data` AS `u`
      WHERE
        `u`.`user_id` BETWEEN `p_first_user_id` AND `p_last_user_id`
        AND `u`.`processing_status` = _utf8mb4 'pending'
        AND COALESCE(`u`.`avg_amazon_gmv`, 0) >= 0
        AND COALESCE(`u`.`avg_flipkart_gmv`, 0) >= 0
        AND COALESCE(`u`.`avg_myntra_gmv`, 0) >= 0
        AND COALESCE(`u`.`avg_ajio_gmv`, 0) >= 0
        AND COALESCE(`u`.`avg_grocery_gmv`, 0) >= 0
        AND COALESCE(`u`.`avg_confirmed_gmv`, 0) >= 0
    ),
    /* derived input cg_in_other_online */
    `cg_derived_0` AS (
      SELECT
        `cg_user_id`,
        `cg_in_amazon`,
        `cg_in_flipkart`,
        `cg_in_myntra`,
        `cg_in_ajio`,
        `cg_in_grocery`,
        `cg_in_confirmed`,
        CAST(
          GREATEST(
            `cg_in_confirmed` - (`cg_in_amazon` + `cg_in_flipkart` + `cg_in_myntra` + `cg_in_ajio` + `cg_in_grocery`),
            0
          ) AS DECIMAL(16, 2)
        ) AS `cg_in_other_online`
      FROM
        `cg_input`
    ),
    /* each user once more with a compact key, every input, the monthly spend per mapped category
    (the sum of the inputs priced under it) and the beneficial spends the cards' milestones read; the window makes both servers compute these columns
    once per user instead of once per reference in the card SELECTs */
    `cg_users` AS (
      SELECT
        `cg_user_id`,
        ROW_NUMBER() OVER (
          ORDER BY
            `cg_user_id`
        ) AS `cg_u`,
        `cg_in_amazon`,
        `cg_in_flipkart`,
        `cg_in_myntra`,
        `cg_in_ajio`,
        `cg_in_grocery`,
        `cg_in_confirmed`,
        `cg_in_other_online`,
        CAST(`cg_in_amazon` AS DECIMAL(16, 2)) AS `cg_s_amazon_spends`,
        CAST(`cg_in_flipkart` AS DECIMAL(16, 2)) AS `cg_s_flipkart_spends`,
        CAST(`cg_in_grocery` AS DECIMAL(16, 2)) AS `cg_s_grocery_spends_online`,
        CAST(`cg_in_myntra` + `cg_in_ajio` + `cg_in_other_online` AS DECIMAL(16, 2)) AS `cg_s_other_online_spends`,
        CAST(
          `cg_in_amazon` + `cg_in_flipkart` + `cg_in_grocery` + `cg_in_myntra` + `cg_in_ajio` + `cg_in_other_online` AS DECIMAL(16, 2)
        ) AS `cg_b_0`,
        CAST(
          `cg_in_amazon` + `cg_in_grocery` + `cg_in_myntra` + `cg_in_ajio` + `cg_in_other_online` AS DECIMAL(16, 2)
        ) AS `cg_b_1`,
        CAST(`cg_in_amazon` + `cg_in_flipkart` + `cg_in_grocery` AS DECIMAL(16, 2)) AS `cg_b_2`
      FROM
        `cg_derived_0`
    ),
    /* the strong cards' values for every user (MySQL materializes a CTE read twice once) */
    `cg_strong` AS (
      /* card 7: au-altura-plus-credit-card */
      SELECT
        `cg_u`,
        7 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 600000 THEN 6000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 44: hdfc-millenia-credit-card */
      SELECT
        `cg_u`,
        44 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(1000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 3000000 THEN 4000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 47: hdfc-phonepe-ultimo-credit-card */
      SELECT
        `cg_u`,
        47 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1178.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1000, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1000, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(1000, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1000, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(1000, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1000,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1000, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 48: hdfc-pixel-play-credit-card */
      SELECT
        `cg_u`,
        48 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 500000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(500000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(500000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(500000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(500000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(500000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    500000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(500000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 53: hsbc-cashback-credit-card */
      SELECT
        `cg_u`,
        53 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_grocery_spends_online` + `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) - LEAST(1000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(
                    1000,
                    `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends`
                  ) - LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.015 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.015 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.015 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 59: icici-amazon-pay-credit-card */
      SELECT
        `cg_u`,
        59 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 77: idfc-hello-cashback-creidt-card */
      SELECT
        `cg_u`,
        77 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(1500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1500,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      LEAST(CAST(`cg_x_0_0` * 0.03 AS DECIMAL(24, 6)) + CAST(`cg_x_0_1` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* tiered */,
                    CAST(
                      LEAST(CAST(`cg_x_1_0` * 0.03 AS DECIMAL(24, 6)) + CAST(`cg_x_1_1` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* tiered */,
                    CAST(
                      LEAST(CAST(`cg_x_2_0` * 0.03 AS DECIMAL(24, 6)) + CAST(`cg_x_2_1` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* tiered */,
                    CAST(
                      LEAST(CAST(`cg_x_4_0` * 0.03 AS DECIMAL(24, 6)) + CAST(`cg_x_4_1` * 0.05 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* tiered */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`,
                        CAST(GREATEST(LEAST(`cg_s_amazon_spends`, 10000) - 0, 0) AS DECIMAL(16, 2)) AS `cg_x_0_0`,
                        CAST(GREATEST(`cg_s_amazon_spends` - 10000, 0) AS DECIMAL(16, 2)) AS `cg_x_0_1`,
                        CAST(
                          GREATEST(LEAST(`cg_s_amazon_spends` + `cg_s_flipkart_spends`, 10000) - GREATEST(`cg_s_amazon_spends`, 0), 0) AS DECIMAL(16, 2)
                        ) AS `cg_x_1_0`,
                        CAST(
                          GREATEST(`cg_s_amazon_spends` + `cg_s_flipkart_spends` - GREATEST(`cg_s_amazon_spends`, 10000), 0) AS DECIMAL(16, 2)
                        ) AS `cg_x_1_1`,
                        CAST(
                          GREATEST(
                            LEAST(`cg_s_amazon_spends` + `cg_s_flipkart_spends` + `cg_s_grocery_spends_online`, 10000) - GREATEST(`cg_s_amazon_spends` + `cg_s_flipkart_spends`, 0),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_2_0`,
                        CAST(
                          GREATEST(
                            `cg_s_amazon_spends` + `cg_s_flipkart_spends` + `cg_s_grocery_spends_online` - GREATEST(`cg_s_amazon_spends` + `cg_s_flipkart_spends`, 10000),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_2_1`,
                        CAST(
                          GREATEST(
                            LEAST(
                              `cg_s_amazon_spends` + `cg_s_flipkart_spends` + `cg_s_grocery_spends_online` + `cg_s_other_online_spends`,
                              10000
                            ) - GREATEST(`cg_s_amazon_spends` + `cg_s_flipkart_spends` + `cg_s_grocery_spends_online`, 0),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_4_0`,
                        CAST(
                          GREATEST(
                            `cg_s_amazon_spends` + `cg_s_flipkart_spends` + `cg_s_grocery_spends_online` + `cg_s_other_online_spends` - GREATEST(`cg_s_amazon_spends` + `cg_s_flipkart_spends` + `cg_s_grocery_spends_online`, 10000),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_4_1`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 85: indus-bank-platinum-aura-edge-credit-card */
      SELECT
        `cg_u`,
        85 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 117: sbi-cashback-credit-card */
      SELECT
        `cg_u`,
        117 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1178.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 2000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(2000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(2000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(2000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(2000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(2000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    2000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(2000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 123: scapia-credit-card */
      SELECT
        `cg_u`,
        123 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_2` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 127: stanc-smart-credit-card */
      SELECT
        `cg_u`,
        127 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(1500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1500,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 131: supermoney-rupay-credit-card */
      SELECT
        `cg_u`,
        131 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    500,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 132: swiggy-blck-hdfc-credit-card */
      SELECT
        `cg_u`,
        132 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 3500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(3500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(3500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(3500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(3500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(3500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    3500,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(3500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 133: swiggy-ornge-hdfc-credit-card */
      SELECT
        `cg_u`,
        133 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(1500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends`) - LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    1500,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 1500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 136: yes-bank-ace-credit-card */
      SELECT
        `cg_u`,
        136 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.04 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.04 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.04 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.04 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_users`
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
    ),
    /* each user's pruning threshold; the fence keeps it one materialized table for every weak card */
    `cg_candidates` AS (
      SELECT
        `u`.*,
        `t`.`cg_theta`
      FROM
        `cg_users` AS `u`
        INNER JOIN (
          SELECT
            `cg_u`,
            `cg_net` AS `cg_theta`
          FROM
            (
              SELECT
                `cg_u`,
                `cg_net`,
                ROW_NUMBER() OVER (
                  PARTITION BY
                    `cg_u`
                  ORDER BY
                    `cg_net` DESC
                ) AS `cg_position`
              FROM
                `cg_strong`
            ) AS `p`
          WHERE
            `cg_position` = 10
        ) AS `t` ON `t`.`cg_u` = `u`.`cg_u`
      LIMIT
        18446744073709551615
    ),
    /* every card that can reach the user's top 10: yearly savings, extra benefits, net savings and units per category */
    `cg_values` AS (
      SELECT
        `cg_u`,
        `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        `cg_net`,
        `cg_u_amazon_spends`,
        `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends`
      FROM
        `cg_strong`
      UNION ALL
      /* card 0: american-express-gold-credit-card */
      SELECT
        `cg_u`,
        0 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            `cg_u_amazon_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.58, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.58, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.58, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.58, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 180000 THEN 6960
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(CAST(`cg_x_0_0` * 0.1 AS DECIMAL(24, 6)) + CAST(`cg_x_0_1` * 0.02 AS DECIMAL(24, 6)), 25000) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* tiered */,
                    CAST(
                      LEAST(CAST(`cg_x_1_0` * 0.1 AS DECIMAL(24, 6)) + CAST(`cg_x_1_1` * 0.02 AS DECIMAL(24, 6)), 25000) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* tiered */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)), 25000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`,
                        `cg_s_amazon_spends`,
                        CAST(GREATEST(LEAST(`cg_s_flipkart_spends`, 12500) - 0, 0) AS DECIMAL(16, 2)) AS `cg_x_0_0`,
                        CAST(GREATEST(`cg_s_flipkart_spends` - 12500, 0) AS DECIMAL(16, 2)) AS `cg_x_0_1`,
                        CAST(
                          GREATEST(
                            LEAST(`cg_s_flipkart_spends` + `cg_s_grocery_spends_online`, 12500) - GREATEST(`cg_s_flipkart_spends`, 0),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_1_0`,
                        CAST(
                          GREATEST(`cg_s_flipkart_spends` + `cg_s_grocery_spends_online` - GREATEST(`cg_s_flipkart_spends`, 12500), 0) AS DECIMAL(16, 2)
                        ) AS `cg_x_1_1`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 0: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.696 + 6960.01 >= `cg_theta` + 1180
                        AND LEAST(`cg_s_flipkart_spends` * 0.696, 8700 + `cg_s_flipkart_spends` * 0.1392, 174000) + LEAST(`cg_s_grocery_spends_online` * 0.696, 8700 + `cg_s_grocery_spends_online` * 0.1392, 174000) + LEAST(`cg_s_other_online_spends` * 0.1392, 174000) + LEAST(`cg_s_amazon_spends` * 0.1392, 69600) + 0.01 + CASE
                          WHEN `cg_b_0` >= 6000 THEN 6960
                          ELSE 0
                        END >= `cg_theta` + 1180
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 1: american-express-mr-credit-card */
      SELECT
        `cg_u`,
        1 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.33, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.33, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.33, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.33, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 180000 THEN 3960
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 600000 THEN 3960
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 1: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.0792 + 7920.01 >= `cg_theta` + 1180
                        AND `cg_s_flipkart_spends` * 0.0792 + `cg_s_amazon_spends` * 0.0792 + `cg_s_grocery_spends_online` * 0.0792 + `cg_s_other_online_spends` * 0.0792 + 0.01 + CASE
                          WHEN `cg_b_0` >= 6000 THEN 3960
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 20000 THEN 3960
                          ELSE 0
                        END >= `cg_theta` + 1180
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 2: american-express-platinum-reserve */
      SELECT
        `cg_u`,
        2 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 11800 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 1500000 THEN 12000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 2: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 12000.01 >= `cg_theta` + 11800
                        AND `cg_s_amazon_spends` * 0.24 + `cg_s_flipkart_spends` * 0.24 + `cg_s_grocery_spends_online` * 0.24 + `cg_s_other_online_spends` * 0.24 + 0.01 + CASE
                          WHEN `cg_b_0` >= 50000 THEN 12000
                          ELSE 0
                        END >= `cg_theta` + 11800
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 3: american-express-platinum-travel-credit-card */
      SELECT
        `cg_u`,
        3 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5900 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_flipkart_spends` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 5700000 THEN 7500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 12000000 THEN 10000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 21000000 THEN 22500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 21000000 THEN 10000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 3: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 50000.01 >= `cg_theta` + 5900
                        AND `cg_s_amazon_spends` * 0.24 + `cg_s_grocery_spends_online` * 0.24 + `cg_s_flipkart_spends` * 0.24 + `cg_s_other_online_spends` * 0.24 + 0.01 + CASE
                          WHEN `cg_b_0` >= 15616.44 THEN 7500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 32876.72 THEN 10000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 57534.25 THEN 22500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 57534.25 THEN 10000
                          ELSE 0
                        END >= `cg_theta` + 5900
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 4: american-express-smart-earn-credit-card */
      SELECT
        `cg_u`,
        4 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 584.1 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            `cg_u_amazon_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 3600000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 5400000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 7200000 THEN 500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.2 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.2 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.2 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.1 AS DECIMAL(24, 6)), 250) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`,
                        `cg_s_amazon_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 4: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.6 + 1500.01 >= `cg_theta` + 584.1
                        AND LEAST(`cg_s_flipkart_spends` * 0.6, 1500) + LEAST(`cg_s_grocery_spends_online` * 0.6, 1500) + LEAST(`cg_s_other_online_spends` * 0.6, 1500) + LEAST(`cg_s_amazon_spends` * 0.3, 750) + 0.01 + CASE
                          WHEN `cg_b_0` >= 9863.02 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 14794.53 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 19726.03 THEN 500
                          ELSE 0
                        END >= `cg_theta` + 584.1
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 5: amexmetal */
      SELECT
        `cg_u`,
        5 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 77880 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.57, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.57, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.57, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.57, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 60000000 THEN 45000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 5: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.1368 + 45000.01 >= `cg_theta` + 77880
                        AND `cg_s_amazon_spends` * 0.1368 + `cg_s_flipkart_spends` * 0.1368 + `cg_s_grocery_spends_online` * 0.1368 + `cg_s_other_online_spends` * 0.1368 + 0.01 + CASE
                          WHEN `cg_b_0` >= 164383.57 THEN 45000
                          ELSE 0
                        END >= `cg_theta` + 77880
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 6: au-altura-credit-card */
      SELECT
        `cg_u`,
        6 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 234.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 100, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(100, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(100, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(100, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(100, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(100, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    100,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(100, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 300000 THEN 600
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)), 50) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 50) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)), 50) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)), 50) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 6: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 600.01 >= `cg_theta` + 234.82
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.12, 600) + LEAST(`cg_s_amazon_spends` * 0.12, 600) + LEAST(`cg_s_other_online_spends` * 0.12, 600) + LEAST(`cg_s_grocery_spends_online` * 0.24, 600),
                          1200
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 10000 THEN 600
                          ELSE 0
                        END >= `cg_theta` + 234.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 8: au-nomo-credit-card */
      SELECT
        `cg_u`,
        8 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 234.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 750000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 1500000 THEN 500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 8: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 1000.01 >= `cg_theta` + 234.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 + CASE
                          WHEN `cg_b_0` >= 8333.34 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 16666.67 THEN 500
                          ELSE 0
                        END >= `cg_theta` + 234.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 9: au-zenith-credit-card */
      SELECT
        `cg_u`,
        9 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 1500000 THEN 2400
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 9: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 2400.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_other_online_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.24 + 0.01 + CASE
                          WHEN `cg_b_0` >= 50000 THEN 2400
                          ELSE 0
                        END >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 10: au-zenith-plus-credit-card */
      SELECT
        `cg_u`,
        10 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5898.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 2250000 THEN 12000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 10: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 12000.01 >= `cg_theta` + 5898.82
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 75000 THEN 12000
                          ELSE 0
                        END >= `cg_theta` + 5898.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 11: axis-ace */
      SELECT
        `cg_u`,
        11 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    500,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 11: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.18 + 0.01 >= `cg_theta` + 588.82
                        AND LEAST(
                          `cg_s_amazon_spends` * 0.18 + `cg_s_flipkart_spends` * 0.18 + `cg_s_grocery_spends_online` * 0.18 + `cg_s_other_online_spends` * 0.18,
                          6000
                        ) + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 12: axis-atlas-credit-card */
      SELECT
        `cg_u`,
        12 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5900 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 9000000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 22500000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 45000000 THEN 2500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 12: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 7500.01 >= `cg_theta` + 5900
                        AND `cg_s_flipkart_spends` * 0.24 + `cg_s_amazon_spends` * 0.24 + `cg_s_grocery_spends_online` * 0.24 + `cg_s_other_online_spends` * 0.24 + 0.01 + CASE
                          WHEN `cg_b_0` >= 24657.54 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 61643.84 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 123287.68 THEN 2500
                          ELSE 0
                        END >= `cg_theta` + 5900
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 13: axis-aura-credit-card */
      SELECT
        `cg_u`,
        13 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 883.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 13: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.024 + 0.01 >= `cg_theta` + 883.82
                        AND `cg_s_flipkart_spends` * 0.024 + `cg_s_amazon_spends` * 0.024 + `cg_s_grocery_spends_online` * 0.024 + `cg_s_other_online_spends` * 0.024 + 0.01 >= `cg_theta` + 883.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 14: axis-bank-horizon-credit-card */
      SELECT
        `cg_u`,
        14 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3540 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 14: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 0.01 >= `cg_theta` + 3540
                        AND `cg_s_amazon_spends` * 0.24 + `cg_s_flipkart_spends` * 0.24 + `cg_s_grocery_spends_online` * 0.24 + `cg_s_other_online_spends` * 0.24 + 0.01 >= `cg_theta` + 3540
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 15: axis-bank-magnus-credit-card */
      SELECT
        `cg_u`,
        15 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 14750 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.4, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.4, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.4, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.4, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 15: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.288 + 0.01 >= `cg_theta` + 14750
                        AND `cg_s_flipkart_spends` * 0.288 + `cg_s_amazon_spends` * 0.288 + `cg_s_grocery_spends_online` * 0.288 + `cg_s_other_online_spends` * 0.288 + 0.01 >= `cg_theta` + 14750
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 16: axis-bank-myzone-credit-card */
      SELECT
        `cg_u`,
        16 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 16: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.048 + 0.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.048 + `cg_s_amazon_spends` * 0.048 + `cg_s_grocery_spends_online` * 0.048 + `cg_s_other_online_spends` * 0.048 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 17: axis-bank-privilege-credit-card */
      SELECT
        `cg_u`,
        17 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1770 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 7500000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 17: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 2000.01 >= `cg_theta` + 1770
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 20547.95 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 1770
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 18: axis-bank-vistara-platinum-credit-card */
      SELECT
        `cg_u`,
        18 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1770 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 18: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 0.01 >= `cg_theta` + 1770
                        AND `cg_s_amazon_spends` * 0.12 + `cg_s_flipkart_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 >= `cg_theta` + 1770
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 19: axis-flipkart-credit-card */
      SELECT
        `cg_u`,
        19 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 4000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.075 AS DECIMAL(24, 6)), 4000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 19: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.9 + 0.01 >= `cg_theta` + 590
                        AND LEAST(`cg_s_flipkart_spends` * 0.6, 48000) + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + LEAST(`cg_s_other_online_spends` * 0.9, 48000) + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 20: axis-indian-oil-rupay-credit-card */
      SELECT
        `cg_u`,
        20 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1250, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1250, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1250, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(1250, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1250, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(1250, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1250,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1250, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 250) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)), 250) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 250) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 250) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 20: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 0.01 >= `cg_theta` + 590
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.12, 600) + LEAST(`cg_s_amazon_spends` * 0.12, 600) + LEAST(`cg_s_grocery_spends_online` * 0.12, 600) + LEAST(`cg_s_other_online_spends` * 0.12, 600),
                          3000
                        ) + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 21: axis-neo-credit */
      SELECT
        `cg_u`,
        21 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 21: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.015 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_amazon_spends` * 0.015 + `cg_s_flipkart_spends` * 0.015 + `cg_s_grocery_spends_online` * 0.015 + `cg_s_other_online_spends` * 0.015 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 22: axis-privilege-amex-credit-card */
      SELECT
        `cg_u`,
        22 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1770 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 7500000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 22: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 2000.01 >= `cg_theta` + 1770
                        AND `cg_s_amazon_spends` * 0.12 + `cg_s_flipkart_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 20547.95 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 1770
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 23: axis-rewards-credit-card */
      SELECT
        `cg_u`,
        23 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 900000 THEN 3600
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.016 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.016 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.016 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.016 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 23: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.0384 + 3600.01 >= `cg_theta` + 1180
                        AND `cg_s_flipkart_spends` * 0.0384 + `cg_s_amazon_spends` * 0.0384 + `cg_s_grocery_spends_online` * 0.0384 + `cg_s_other_online_spends` * 0.0384 + 0.01 + CASE
                          WHEN `cg_b_0` >= 30000 THEN 3600
                          ELSE 0
                        END >= `cg_theta` + 1180
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 24: axis-samsung-infinite-credit-card */
      SELECT
        `cg_u`,
        24 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5900 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 24: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 0.01 >= `cg_theta` + 5900
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + 0.01 >= `cg_theta` + 5900
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 25: axis-samsung-signature-credit-card */
      SELECT
        `cg_u`,
        25 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 25: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 26: axis-select-credit-card */
      SELECT
        `cg_u`,
        26 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3540 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 9000000 THEN 1000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 26: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 1000.01 >= `cg_theta` + 3540
                        AND `cg_s_flipkart_spends` * 0.24 + `cg_s_amazon_spends` * 0.24 + `cg_s_grocery_spends_online` * 0.24 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 24657.54 THEN 1000
                          ELSE 0
                        END >= `cg_theta` + 3540
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 27: axis-shopper-stop-credit-card */
      SELECT
        `cg_u`,
        27 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 27: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 0.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 28: bob-etihad-guest-credit-card */
      SELECT
        `cg_u`,
        28 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 2950 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.8, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.8, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.8, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.8, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 750000 THEN 2400
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 6000000 THEN 6400
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 22500000 THEN 9600
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 28: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.096 + 18400.01 >= `cg_theta` + 2950
                        AND `cg_s_amazon_spends` * 0.096 + `cg_s_flipkart_spends` * 0.096 + `cg_s_grocery_spends_online` * 0.096 + `cg_s_other_online_spends` * 0.096 + 0.01 + CASE
                          WHEN `cg_b_0` >= 25000 THEN 2400
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 66666.67 THEN 6400
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 61643.84 THEN 9600
                          ELSE 0
                        END >= `cg_theta` + 2950
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 29: bob-etihad-guest-premium-credit-card */
      SELECT
        `cg_u`,
        29 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5900 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.8, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.8, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.8, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.8, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 1500000 THEN 4800
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 9000000 THEN 12800
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 36000000 THEN 19200
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 29: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.192 + 36800.01 >= `cg_theta` + 5900
                        AND `cg_s_amazon_spends` * 0.192 + `cg_s_flipkart_spends` * 0.192 + `cg_s_grocery_spends_online` * 0.192 + `cg_s_other_online_spends` * 0.192 + 0.01 + CASE
                          WHEN `cg_b_0` >= 50000 THEN 4800
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 100000 THEN 12800
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 98630.14 THEN 19200
                          ELSE 0
                        END >= `cg_theta` + 5900
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 30: eazydiner-indusind-bank-platinum */
      SELECT
        `cg_u`,
        30 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 900000 THEN 1600
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(0 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 30: skip users it cannot reach the top of */
                        0 + 0.01 + CASE
                          WHEN `cg_b_0` >= 10000 THEN 1600
                          ELSE 0
                        END >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 31: hdfc-bharat-credit-card */
      SELECT
        `cg_u`,
        31 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 31: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 32: hdfc-biz-black-metal-edition-credit-card */
      SELECT
        `cg_u`,
        32 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 11800 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 150000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(150000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(150000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    150000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 60000000 THEN 20000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        150000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        150000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        150000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 32: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 25000.01 >= `cg_theta` + 11800
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.4, 1800000) + LEAST(`cg_s_amazon_spends` * 0.4, 1800000) + LEAST(`cg_s_other_online_spends` * 0.4, 1800000) + LEAST(`cg_s_grocery_spends_online` * 0.32, 24000),
                          1800000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 164383.57 THEN 20000
                          ELSE 0
                        END >= `cg_theta` + 11800
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 33: hdfc-biz-first-credit-card */
      SELECT
        `cg_u`,
        33 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_grocery_spends_online` * 0.1, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.1, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.1, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.1, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 2250000 THEN 8000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 33: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.012 + 8000.01 >= `cg_theta` + 590
                        AND LEAST(`cg_s_grocery_spends_online` * 0.012, 600) + LEAST(`cg_s_amazon_spends` * 0.012, 600) + LEAST(`cg_s_flipkart_spends` * 0.012, 600) + LEAST(`cg_s_other_online_spends` * 0.012, 600) + 0.01 + CASE
                          WHEN `cg_b_0` >= 25000 THEN 8000
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 34: hdfc-biz-grow-credit-card */
      SELECT
        `cg_u`,
        34 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(1500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1500,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 3000000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_grocery_spends_online` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 34: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 2000.01 >= `cg_theta` + 590
                        AND LEAST(
                          `cg_s_amazon_spends` * 0.4 + `cg_s_flipkart_spends` * 0.4 + `cg_s_grocery_spends_online` * 0.4 + `cg_s_other_online_spends` * 0.4,
                          4500
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 33333.34 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 35: hdfc-business-moneyback-credit-card */
      SELECT
        `cg_u`,
        35 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 5400000 THEN 500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 35: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.032 + 500.01 >= `cg_theta` + 590
                        AND `cg_s_amazon_spends` * 0.032 + `cg_s_flipkart_spends` * 0.032 + `cg_s_grocery_spends_online` * 0.032 + `cg_s_other_online_spends` * 0.032 + 0.01 + CASE
                          WHEN `cg_b_0` >= 14794.53 THEN 500
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 36: hdfc-diners-club-black */
      SELECT
        `cg_u`,
        36 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 11800 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 75000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(75000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(75000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    75000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 30 >= 2400000 THEN 6000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        75000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        75000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        75000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 36: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 6000.01 >= `cg_theta` + 11800
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.4, 900000) + LEAST(`cg_s_amazon_spends` * 0.4, 900000) + LEAST(`cg_s_other_online_spends` * 0.4, 900000) + LEAST(`cg_s_grocery_spends_online` * 0.4, 24000),
                          900000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 80000 THEN 6000
                          ELSE 0
                        END >= `cg_theta` + 11800
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 37: hdfc-diners-club-black-metal-credit-card */
      SELECT
        `cg_u`,
        37 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 11800 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 75000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(75000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(75000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    75000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(75000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 12000000 THEN 40000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        75000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        75000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        75000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 37: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 40000.01 >= `cg_theta` + 11800
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.4, 900000) + LEAST(`cg_s_amazon_spends` * 0.4, 900000) + LEAST(`cg_s_other_online_spends` * 0.4, 900000) + LEAST(`cg_s_grocery_spends_online` * 0.4, 24000),
                          900000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 133333.34 THEN 40000
                          ELSE 0
                        END >= `cg_theta` + 11800
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 38: hdfc-diners-privilege-credit-card */
      SELECT
        `cg_u`,
        38 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 2500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(2500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(2500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(2500, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(2500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(2500, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    2500,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(2500, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 4500000 THEN 6000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_grocery_spends_online` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 38: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.16 + 6000.01 >= `cg_theta` + 1180
                        AND LEAST(
                          `cg_s_amazon_spends` * 0.16 + `cg_s_flipkart_spends` * 0.16 + `cg_s_grocery_spends_online` * 0.16 + `cg_s_other_online_spends` * 0.16,
                          15000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 50000 THEN 6000
                          ELSE 0
                        END >= `cg_theta` + 1180
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 39: hdfc-freedom-credit-card */
      SELECT
        `cg_u`,
        39 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.15, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.15, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.15, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.15, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 1500000 THEN 500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_x_9_0` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_9_0` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ) + CAST(
                          CAST(
                            (
                              CAST(`cg_x_9_1` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_9_1` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        1000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* slabs */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`,
                        CAST(GREATEST(LEAST(`cg_s_grocery_spends_online`, 150) - 0, 0) AS DECIMAL(16, 2)) AS `cg_x_9_0`,
                        CAST(GREATEST(`cg_s_grocery_spends_online` - 150, 0) AS DECIMAL(16, 2)) AS `cg_x_9_1`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 39: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 500.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.012 + `cg_s_amazon_spends` * 0.012 + `cg_s_other_online_spends` * 0.012 + LEAST(`cg_s_grocery_spends_online` * 0.12, 18 + `cg_s_grocery_spends_online` * 0.012, 1800) + 0.01 + CASE
                          WHEN `cg_b_0` >= 4109.59 THEN 500
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 40: hdfc-indian-oil-credit-card */
      SELECT
        `cg_u`,
        40 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.96, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.96, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.96, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.96, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        100
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 40: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.384 + 0.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.0768 + `cg_s_amazon_spends` * 0.0768 + `cg_s_other_online_spends` * 0.0768 + LEAST(`cg_s_grocery_spends_online` * 0.384, 1152) + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 41: hdfc-infinia-credit-card */
      SELECT
        `cg_u`,
        41 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 14750 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 200000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(200000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(200000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(200000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(200000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(200000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    200000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(200000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        200000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        200000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        200000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 41: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 0.01 >= `cg_theta` + 14750
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.4, 2400000) + LEAST(`cg_s_amazon_spends` * 0.4, 2400000) + LEAST(`cg_s_other_online_spends` * 0.4, 2400000) + LEAST(`cg_s_grocery_spends_online` * 0.4, 24000),
                          2400000
                        ) + 0.01 >= `cg_theta` + 14750
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 42: hdfc-irctc-credit-card */
      SELECT
        `cg_u`,
        42 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(1000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 900000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 42: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 2000.01 >= `cg_theta` + 590
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.12, 12000) + LEAST(`cg_s_amazon_spends` * 0.12, 12000) + LEAST(`cg_s_grocery_spends_online` * 0.12, 12000) + LEAST(`cg_s_other_online_spends` * 0.12, 12000),
                          12000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 10000 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 43: hdfc-marriott-bonvoy-credit-card */
      SELECT
        `cg_u`,
        43 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3540 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 18000000 THEN 15000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 27000000 THEN 15000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 45000000 THEN 15000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 43: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.08 + 45000.01 >= `cg_theta` + 3540
                        AND `cg_s_flipkart_spends` * 0.08 + `cg_s_amazon_spends` * 0.08 + `cg_s_grocery_spends_online` * 0.08 + `cg_s_other_online_spends` * 0.08 + 0.01 + CASE
                          WHEN `cg_b_0` >= 49315.07 THEN 15000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 73972.61 THEN 15000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 123287.68 THEN 15000
                          ELSE 0
                        END >= `cg_theta` + 3540
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 45: hdfc-moneyback-credit-card */
      SELECT
        `cg_u`,
        45 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 12000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(12000, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(12000, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(12000, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(12000, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(12000, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    12000,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(12000, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 1500000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 45: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.16 + 2000.01 >= `cg_theta` + 590
                        AND LEAST(
                          LEAST(`cg_s_amazon_spends` * 0.16, 6000) + LEAST(`cg_s_flipkart_spends` * 0.16, 6000) + LEAST(`cg_s_grocery_spends_online` * 0.16, 6000) + LEAST(`cg_s_other_online_spends` * 0.16, 6000),
                          144000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 16666.67 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 46: hdfc-moneyback-plus-credit-card */
      SELECT
        `cg_u`,
        46 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 15000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(15000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(15000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    15000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 1500000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        15000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 46: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 2000.01 >= `cg_theta` + 590
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.4, 7500) + LEAST(`cg_s_amazon_spends` * 0.4, 7500) + LEAST(`cg_s_grocery_spends_online` * 0.4, 7500) + LEAST(`cg_s_other_online_spends` * 0.04, 45000),
                          45000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 16666.67 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 49: hdfc-regalia-gold */
      SELECT
        `cg_u`,
        49 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 2950 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 4500000 THEN 6000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 22500000 THEN 5000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        50000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        50000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 160000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 160000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 800000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 800000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        5000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 49: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.8 + 16000.01 >= `cg_theta` + 2950
                        AND LEAST(`cg_s_flipkart_spends` * 0.16, 300000) + LEAST(`cg_s_amazon_spends` * 0.16, 300000) + LEAST(`cg_s_grocery_spends_online` * 0.16, 12000) + LEAST(`cg_s_other_online_spends` * 0.8, 30000) + 0.01 + CASE
                          WHEN `cg_b_0` >= 50000 THEN 6000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 61643.84 THEN 5000
                          ELSE 0
                        END >= `cg_theta` + 2950
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 50: hdfc-rupay-credit-card */
      SELECT
        `cg_u`,
        50 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 116.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(1500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    1500,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(1500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 50: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.09 + 0.01 >= `cg_theta` + 116.82
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.03, 1500) + LEAST(`cg_s_amazon_spends` * 0.03, 1500) + LEAST(`cg_s_other_online_spends` * 0.03, 1500) + LEAST(`cg_s_grocery_spends_online` * 0.09, 1500),
                          4500
                        ) + 0.01 >= `cg_theta` + 116.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 51: hdfc-shoppers-stop-credit-card */
      SELECT
        `cg_u`,
        51 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 352.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 51: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 352.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 52: hdfc-tata-neu-plus-credit-card */
      SELECT
        `cg_u`,
        52 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.015 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 52: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.18 + 0.01 >= `cg_theta` + 588.82
                        AND `cg_s_amazon_spends` * 0.12 + `cg_s_flipkart_spends` * 0.12 + `cg_s_other_online_spends` * 0.12 + LEAST(`cg_s_grocery_spends_online` * 0.18, 12000) + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 54: hsbc-live-plus-credit-card */
      SELECT
        `cg_u`,
        54 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1178.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 54: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 1.2 + 0.01 >= `cg_theta` + 1178.82
                        AND `cg_s_flipkart_spends` * 0.18 + `cg_s_amazon_spends` * 0.18 + `cg_s_other_online_spends` * 0.18 + LEAST(`cg_s_grocery_spends_online` * 1.2, 12000) + 0.01 >= `cg_theta` + 1178.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 55: hsbc-platinum-credit-card */
      SELECT
        `cg_u`,
        55 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        15000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        15000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        15000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        15000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 55: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.04 + 0.01 >= `cg_theta` + 0
                        AND LEAST(`cg_s_flipkart_spends` * 0.04, 45000) + LEAST(`cg_s_amazon_spends` * 0.04, 45000) + LEAST(`cg_s_grocery_spends_online` * 0.04, 45000) + LEAST(`cg_s_other_online_spends` * 0.04, 45000) + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 56: hsbc-premier-credit-card */
      SELECT
        `cg_u`,
        56 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 14160 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 56: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.36 + 0.01 >= `cg_theta` + 14160
                        AND `cg_s_flipkart_spends` * 0.36 + `cg_s_amazon_spends` * 0.36 + `cg_s_grocery_spends_online` * 0.36 + `cg_s_other_online_spends` * 0.36 + 0.01 >= `cg_theta` + 14160
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 57: hsbc-rupay-cashback-credit-card */
      SELECT
        `cg_u`,
        57 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 57: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 58: hsbc-travel-one */
      SELECT
        `cg_u`,
        58 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5898.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 36000000 THEN 10000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 58: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 10000.01 >= `cg_theta` + 5898.82
                        AND `cg_s_flipkart_spends` * 0.24 + `cg_s_amazon_spends` * 0.24 + `cg_s_grocery_spends_online` * 0.24 + `cg_s_other_online_spends` * 0.24 + 0.01 + CASE
                          WHEN `cg_b_0` >= 98630.14 THEN 10000
                          ELSE 0
                        END >= `cg_theta` + 5898.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 60: icici-emeralde-credit-card */
      SELECT
        `cg_u`,
        60 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 14160 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 60: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 0.01 >= `cg_theta` + 14160
                        AND `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_flipkart_spends` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 >= `cg_theta` + 14160
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 61: icici-emeralde-private-metal-credit-card */
      SELECT
        `cg_u`,
        61 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 14748.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_grocery_spends_online` + `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 5000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(5000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) - LEAST(5000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(
                    5000,
                    `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends`
                  ) - LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 12000000 THEN 3000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 3000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.03 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.03 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.03 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 61: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.36 + 6000.01 >= `cg_theta` + 14748.82
                        AND LEAST(
                          LEAST(`cg_s_grocery_spends_online` * 0.36, 12000) + LEAST(`cg_s_amazon_spends` * 0.36, 60000) + LEAST(`cg_s_flipkart_spends` * 0.36, 60000) + LEAST(`cg_s_other_online_spends` * 0.36, 60000),
                          60000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 32876.72 THEN 3000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 3000
                          ELSE 0
                        END >= `cg_theta` + 14748.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 62: icici-emirates-skywards-sapphiro-credit-card */
      SELECT
        `cg_u`,
        62 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5900 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 62: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.18 + 5000.01 >= `cg_theta` + 5900
                        AND `cg_s_amazon_spends` * 0.18 + `cg_s_flipkart_spends` * 0.18 + `cg_s_grocery_spends_online` * 0.18 + `cg_s_other_online_spends` * 0.18 + 0.01 + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END >= `cg_theta` + 5900
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 63: icici-hpcl-coral-credit-card */
      SELECT
        `cg_u`,
        63 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 234.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 63: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 234.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 234.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 64: icici-hpcl-super-saver-credit-card */
      SELECT
        `cg_u`,
        64 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.2 AS DECIMAL(24, 6)), 100) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 64: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.6 + 0.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_other_online_spends` * 0.06 + LEAST(`cg_s_grocery_spends_online` * 0.6, 300) + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 65: icici-mmt-platinum-credit-card */
      SELECT
        `cg_u`,
        65 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1178.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 65: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 0.01 >= `cg_theta` + 1178.82
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 >= `cg_theta` + 1178.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 66: icici-platinum-chip-credit-card */
      SELECT
        `cg_u`,
        66 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 66: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 67: icici-rubyx-credit-card */
      SELECT
        `cg_u`,
        67 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3540 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 150000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(150000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(150000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    150000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(150000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 3000000 THEN 250
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 9000000 THEN 750
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)), 150000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)), 150000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)), 150000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)), 150000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 67: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 1000.01 >= `cg_theta` + 3540
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.06, 450000) + LEAST(`cg_s_amazon_spends` * 0.06, 450000) + LEAST(`cg_s_grocery_spends_online` * 0.06, 450000) + LEAST(`cg_s_other_online_spends` * 0.06, 450000),
                          450000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 8219.18 THEN 250
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 24657.54 THEN 750
                          ELSE 0
                        END >= `cg_theta` + 3540
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 68: icici-sapphiro-credit-card */
      SELECT
        `cg_u`,
        68 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 7670 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 12000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 18000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 21000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 27000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 30000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 33000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 36000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 39000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 42000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 45000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 48000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 51000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 54000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 57000000 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 60000000 THEN 500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 68: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 9000.01 >= `cg_theta` + 7670
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 32876.72 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 49315.07 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 57534.25 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 73972.61 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 82191.79 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 90410.96 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 98630.14 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 106849.32 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 115068.5 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 123287.68 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 131506.85 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 139726.03 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 147945.21 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 156164.39 THEN 500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 164383.57 THEN 500
                          ELSE 0
                        END >= `cg_theta` + 7670
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 69: idfc-ashva-credit-card */
      SELECT
        `cg_u`,
        69 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3538.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.4, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.4, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.4, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.4, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 3000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        100000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        100000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        100000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        100000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 69: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.32 + 3000.01 >= `cg_theta` + 3538.82
                        AND LEAST(`cg_s_flipkart_spends` * 0.16, 480000) + LEAST(`cg_s_amazon_spends` * 0.16, 480000) + LEAST(`cg_s_grocery_spends_online` * 0.16, 480000) + LEAST(`cg_s_other_online_spends` * 0.32, 480000) + 0.01 + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 3000
                          ELSE 0
                        END >= `cg_theta` + 3538.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 70: idfc-first-classic-credit-card */
      SELECT
        `cg_u`,
        70 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 70: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.15 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.045 + `cg_s_amazon_spends` * 0.045 + `cg_s_grocery_spends_online` * 0.045 + `cg_s_other_online_spends` * 0.15 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 71: idfc-first-dual-indigo-credit-card */
      SELECT
        `cg_u`,
        71 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5898.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 30000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 36000000 THEN 1000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 71: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.072 + 5000.01 >= `cg_theta` + 5898.82
                        AND `cg_s_amazon_spends` * 0.072 + `cg_s_flipkart_spends` * 0.072 + `cg_s_grocery_spends_online` * 0.072 + `cg_s_other_online_spends` * 0.072 + 0.01 + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 82191.79 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 98630.14 THEN 1000
                          ELSE 0
                        END >= `cg_theta` + 5898.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 72: idfc-first-millennia-credit-card */
      SELECT
        `cg_u`,
        72 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 72: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.2 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.2 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 73: idfc-first-power-credit-card */
      SELECT
        `cg_u`,
        73 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 234.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 700, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(700, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(700, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) - LEAST(700, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(700, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(700, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.14 AS DECIMAL(24, 6)), 400) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.14 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.14 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_1` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 73: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_1` * 0.42 + 0.01 >= `cg_theta` + 234.82
                        AND LEAST(
                          LEAST(`cg_s_grocery_spends_online` * 0.42, 1200) + `cg_s_amazon_spends` * 0.42 + `cg_s_other_online_spends` * 0.42,
                          2100
                        ) + 0.01 >= `cg_theta` + 234.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 74: idfc-first-private-credit-card */
      SELECT
        `cg_u`,
        74 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 59000 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 180 >= 45000000 THEN 20000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 74: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.15 + 20000.01 >= `cg_theta` + 59000
                        AND `cg_s_flipkart_spends` * 0.15 + `cg_s_amazon_spends` * 0.15 + `cg_s_grocery_spends_online` * 0.15 + `cg_s_other_online_spends` * 0.15 + 0.01 + CASE
                          WHEN `cg_b_0` >= 250000 THEN 20000
                          ELSE 0
                        END >= `cg_theta` + 59000
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 75: idfc-first-select-credit-card */
      SELECT
        `cg_u`,
        75 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 75: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.2 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.2 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 76: idfc-first-wow-credit-card */
      SELECT
        `cg_u`,
        76 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 76: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 78: idfc-mayura-credit-card */
      SELECT
        `cg_u`,
        78 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 7078.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 3750
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 45000000 THEN 7500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_x_0_0` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_0_0` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) + CAST(
                        CAST(
                          (
                            CAST(`cg_x_0_1` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_0_1` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* tiered */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_x_1_0` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_1_0` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) + CAST(
                        CAST(
                          (
                            CAST(`cg_x_1_1` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_1_1` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* tiered */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_x_2_0` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_2_0` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) + CAST(
                        CAST(
                          (
                            CAST(`cg_x_2_1` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_2_1` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* tiered */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_x_4_0` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_4_0` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) + CAST(
                        CAST(
                          (
                            CAST(`cg_x_4_1` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_x_4_1` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* tiered */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`,
                        CAST(GREATEST(LEAST(`cg_s_flipkart_spends`, 20001) - 0, 0) AS DECIMAL(16, 2)) AS `cg_x_0_0`,
                        CAST(GREATEST(`cg_s_flipkart_spends` - 20001, 0) AS DECIMAL(16, 2)) AS `cg_x_0_1`,
                        CAST(
                          GREATEST(
                            LEAST(`cg_s_flipkart_spends` + `cg_s_amazon_spends`, 20001) - GREATEST(`cg_s_flipkart_spends`, 0),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_1_0`,
                        CAST(
                          GREATEST(`cg_s_flipkart_spends` + `cg_s_amazon_spends` - GREATEST(`cg_s_flipkart_spends`, 20001), 0) AS DECIMAL(16, 2)
                        ) AS `cg_x_1_1`,
                        CAST(
                          GREATEST(
                            LEAST(`cg_s_flipkart_spends` + `cg_s_amazon_spends` + `cg_s_grocery_spends_online`, 20001) - GREATEST(`cg_s_flipkart_spends` + `cg_s_amazon_spends`, 0),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_2_0`,
                        CAST(
                          GREATEST(
                            `cg_s_flipkart_spends` + `cg_s_amazon_spends` + `cg_s_grocery_spends_online` - GREATEST(`cg_s_flipkart_spends` + `cg_s_amazon_spends`, 20001),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_2_1`,
                        CAST(
                          GREATEST(
                            LEAST(
                              `cg_s_flipkart_spends` + `cg_s_amazon_spends` + `cg_s_grocery_spends_online` + `cg_s_other_online_spends`,
                              20001
                            ) - GREATEST(`cg_s_flipkart_spends` + `cg_s_amazon_spends` + `cg_s_grocery_spends_online`, 0),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_4_0`,
                        CAST(
                          GREATEST(
                            `cg_s_flipkart_spends` + `cg_s_amazon_spends` + `cg_s_grocery_spends_online` + `cg_s_other_online_spends` - GREATEST(`cg_s_flipkart_spends` + `cg_s_amazon_spends` + `cg_s_grocery_spends_online`, 20001),
                            0
                          ) AS DECIMAL(16, 2)
                        ) AS `cg_x_4_1`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 78: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 11250.01 >= `cg_theta` + 7078.82
                        AND `cg_s_flipkart_spends` * 0.4 + `cg_s_amazon_spends` * 0.4 + `cg_s_grocery_spends_online` * 0.4 + `cg_s_other_online_spends` * 0.4 + 0.01 + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 3750
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 123287.68 THEN 7500
                          ELSE 0
                        END >= `cg_theta` + 7078.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 79: idfc-power-plus-credit-card */
      SELECT
        `cg_u`,
        79 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.2 AS DECIMAL(24, 6)), 400) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 79: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.6 + 0.01 >= `cg_theta` + 588.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_other_online_spends` * 0.06 + LEAST(`cg_s_grocery_spends_online` * 0.6, 1200) + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 80: idfc-swyp-credit-card */
      SELECT
        `cg_u`,
        80 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 80: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 81: idfc-wealth-credit-card */
      SELECT
        `cg_u`,
        81 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 81: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 82: indian-oil-rbl-bank-xtra-credit-card */
      SELECT
        `cg_u`,
        82 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1770 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 2250000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 82: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 2000.01 >= `cg_theta` + 1770
                        AND `cg_s_flipkart_spends` * 0.12 + `cg_s_amazon_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 25000 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 1770
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 83: indianoil-axis-rupay-credit-card */
      SELECT
        `cg_u`,
        83 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) - LEAST(1000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(
                    1000,
                    `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends`
                  ) - LEAST(1000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 900000 THEN 100
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        5000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 83: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.032 + 100.01 >= `cg_theta` + 590
                        AND LEAST(
                          LEAST(`cg_s_grocery_spends_online` * 0.032, 12000) + `cg_s_amazon_spends` * 0.016 + `cg_s_flipkart_spends` * 0.016 + `cg_s_other_online_spends` * 0.016,
                          2400
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 2465.76 THEN 100
                          ELSE 0
                        END >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 84: indianoil-rbl-bank-credit-card */
      SELECT
        `cg_u`,
        84 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 84: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 86: indusind-eazydiner-signature-credit-card */
      SELECT
        `cg_u`,
        86 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3538.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.02, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.02, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.02, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.02, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.04 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 86: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.0096 + 0.01 >= `cg_theta` + 3538.82
                        AND `cg_s_flipkart_spends` * 0.0096 + `cg_s_amazon_spends` * 0.0096 + `cg_s_grocery_spends_online` * 0.0096 + `cg_s_other_online_spends` * 0.0096 + 0.01 >= `cg_theta` + 3538.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 87: indusind-legend-credit-card */
      SELECT
        `cg_u`,
        87 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.75, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.75, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.75, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.75, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 18000000 THEN 3000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 87: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.18 + 3000.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.18 + `cg_s_amazon_spends` * 0.18 + `cg_s_grocery_spends_online` * 0.18 + `cg_s_other_online_spends` * 0.18 + 0.01 + CASE
                          WHEN `cg_b_0` >= 49315.07 THEN 3000
                          ELSE 0
                        END >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 88: indusind-platinum-rupay-credit-card */
      SELECT
        `cg_u`,
        88 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 88: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 89: irctc-rbl-credit-card */
      SELECT
        `cg_u`,
        89 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 89: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 590
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 90: irctc-sbi-platinum-card */
      SELECT
        `cg_u`,
        90 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 90: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 91: jupiter-edge-credit-card */
      SELECT
        `cg_u`,
        91 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 15000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(15000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(15000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    15000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(15000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.1 AS DECIMAL(24, 6)), 15000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.1 AS DECIMAL(24, 6)), 15000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)), 15000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)), 15000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 91: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 0.01 >= `cg_theta` + 0
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.24, 36000) + LEAST(`cg_s_amazon_spends` * 0.24, 36000) + LEAST(`cg_s_grocery_spends_online` * 0.048, 36000) + LEAST(`cg_s_other_online_spends` * 0.048, 36000),
                          36000
                        ) + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 92: kiwi-klick-credit-card */
      SELECT
        `cg_u`,
        92 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 92: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.03 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.03 + `cg_s_amazon_spends` * 0.03 + `cg_s_grocery_spends_online` * 0.03 + `cg_s_other_online_spends` * 0.03 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 93: kotak-delight-platinum-credit-card */
      SELECT
        `cg_u`,
        93 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 2358.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 93: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 2358.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 94: kotak-essentia-platinum-credit-card */
      SELECT
        `cg_u`,
        94 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1768.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 10000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(10000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(10000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(10000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(10000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(10000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    10000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(10000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 180 >= 3750000 THEN 2400
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 94: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 1.2 + 2400.01 >= `cg_theta` + 1768.82
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.12, 120000) + LEAST(`cg_s_amazon_spends` * 0.12, 120000) + LEAST(`cg_s_other_online_spends` * 0.12, 120000) + LEAST(`cg_s_grocery_spends_online` * 1.2, 6000),
                          120000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 20833.34 THEN 2400
                          ELSE 0
                        END >= `cg_theta` + 1768.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 95: kotak-indianoil-credit-card */
      SELECT
        `cg_u`,
        95 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 529.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.08 AS DECIMAL(24, 6)), 800) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 95: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 0.01 >= `cg_theta` + 529.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_other_online_spends` * 0.06 + LEAST(`cg_s_grocery_spends_online` * 0.24, 2400) + 0.01 >= `cg_theta` + 529.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 96: kotak-mojo-platiinum-credit-card */
      SELECT
        `cg_u`,
        96 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 2250000 THEN 2500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.025 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.025 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.025 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.025 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 96: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.075 + 2500.01 >= `cg_theta` + 1180
                        AND `cg_s_flipkart_spends` * 0.075 + `cg_s_amazon_spends` * 0.075 + `cg_s_grocery_spends_online` * 0.075 + `cg_s_other_online_spends` * 0.075 + 0.01 + CASE
                          WHEN `cg_b_0` >= 25000 THEN 2500
                          ELSE 0
                        END >= `cg_theta` + 1180
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 97: kotak-zen-signature-credit-card */
      SELECT
        `cg_u`,
        97 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1770 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 6500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(6500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(6500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(6500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(6500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(6500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    6500,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(6500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 9000000 THEN 1875
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 18000000 THEN 3750
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        6500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        6500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        6500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        6500
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 97: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.2 + 5625.01 >= `cg_theta` + 1770
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.2, 19500) + LEAST(`cg_s_amazon_spends` * 0.2, 19500) + LEAST(`cg_s_grocery_spends_online` * 0.2, 19500) + LEAST(`cg_s_other_online_spends` * 0.2, 19500),
                          19500
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 24657.54 THEN 1875
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 49315.07 THEN 3750
                          ELSE 0
                        END >= `cg_theta` + 1770
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 98: lic-axis-bank-signature-credit-card */
      SELECT
        `cg_u`,
        98 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 98: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 99: lic-axis-credit-card */
      SELECT
        `cg_u`,
        99 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.67, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.67, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.67, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.67, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 99: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.0804 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_amazon_spends` * 0.0804 + `cg_s_flipkart_spends` * 0.0804 + `cg_s_grocery_spends_online` * 0.0804 + `cg_s_other_online_spends` * 0.0804 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 100: magnus-burgundy-credit-card */
      SELECT
        `cg_u`,
        100 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 35400 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.9, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.9, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.9, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.9, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.06 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 100: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.648 + 0.01 >= `cg_theta` + 35400
                        AND `cg_s_flipkart_spends` * 0.648 + `cg_s_amazon_spends` * 0.648 + `cg_s_grocery_spends_online` * 0.648 + `cg_s_other_online_spends` * 0.648 + 0.01 >= `cg_theta` + 35400
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 101: makemytrip-icici-signature */
      SELECT
        `cg_u`,
        101 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 2950 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 100000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(100000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(100000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    100000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 7500000 THEN 1100
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 4000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.005 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.005 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.005 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.005 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 101: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 5100.01 >= `cg_theta` + 2950
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.06, 1200000) + LEAST(`cg_s_amazon_spends` * 0.06, 1200000) + LEAST(`cg_s_grocery_spends_online` * 0.06, 1200000) + LEAST(`cg_s_other_online_spends` * 0.06, 1200000),
                          1200000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 20547.95 THEN 1100
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 4000
                          ELSE 0
                        END >= `cg_theta` + 2950
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 102: myntra-kotak-credit-card */
      SELECT
        `cg_u`,
        102 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 102: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 103: paytm-hdfc-bank-select-credit-card */
      SELECT
        `cg_u`,
        103 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1180 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_grocery_spends_online` + `cg_u_other_online_spends` + `cg_u_amazon_spends` + `cg_u_flipkart_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 2000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(2000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(2000, `cg_a_grocery_spends_online` + `cg_a_other_online_spends`) - LEAST(2000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(2000, `cg_a_grocery_spends_online` + `cg_a_other_online_spends` + `cg_a_amazon_spends`) - LEAST(2000, `cg_a_grocery_spends_online` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(
                    2000,
                    `cg_a_grocery_spends_online` + `cg_a_other_online_spends` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`
                  ) - LEAST(2000, `cg_a_grocery_spends_online` + `cg_a_other_online_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 1500000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.03 AS DECIMAL(24, 6)), 500) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 103: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.36 + 2000.01 >= `cg_theta` + 1180
                        AND LEAST(
                          LEAST(`cg_s_grocery_spends_online` * 0.36, 6000) + LEAST(`cg_s_other_online_spends` * 0.36, 6000) + LEAST(`cg_s_amazon_spends` * 0.12, 24000) + LEAST(`cg_s_flipkart_spends` * 0.12, 24000),
                          24000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 16666.67 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 1180
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 104: pop-club-credit-card */
      SELECT
        `cg_u`,
        104 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.1, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.1, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.1, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.1, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 2500, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(2500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(2500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(2500, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(2500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(2500, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    2500,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(2500, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 4500000 THEN 150
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.1 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.1 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.1 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 104: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 150.01 >= `cg_theta` + 0
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.12, 2400) + LEAST(`cg_s_amazon_spends` * 0.12, 2400) + LEAST(`cg_s_grocery_spends_online` * 0.12, 2400) + LEAST(`cg_s_other_online_spends` * 0.12, 2400),
                          3000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 12328.77 THEN 150
                          ELSE 0
                        END >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 105: pvr-kotak-platinum */
      SELECT
        `cg_u`,
        105 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 105: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 106: rbl-bank-play-credit-card */
      SELECT
        `cg_u`,
        106 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 590 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 106: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 590
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 107: rbl-cookies-credit-card */
      SELECT
        `cg_u`,
        107 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 118 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.2, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.2, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 107: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.12 + 12000.01 >= `cg_theta` + 118
                        AND `cg_s_amazon_spends` * 0.12 + `cg_s_flipkart_spends` * 0.12 + `cg_s_grocery_spends_online` * 0.12 + `cg_s_other_online_spends` * 0.12 + 0.01 + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 1000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END >= `cg_theta` + 118
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 108: rbl-insignia-preferred-credit-card */
      SELECT
        `cg_u`,
        108 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 8000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 108: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.15 + 8000.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.15 + `cg_s_amazon_spends` * 0.15 + `cg_s_grocery_spends_online` * 0.15 + `cg_s_other_online_spends` * 0.15 + 0.01 + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 8000
                          ELSE 0
                        END >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 109: rbl-platinum-maxima-plus-credit-card */
      SELECT
        `cg_u`,
        109 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 100000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(100000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(100000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) - LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(
                    100000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(100000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 10500000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 2500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)), 100000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 800) + CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)),
                        1000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* layered */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 109: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.36 + 7500.01 >= `cg_theta` + 0
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.06, 300000) + LEAST(`cg_s_amazon_spends` * 0.06, 300000) + LEAST(`cg_s_other_online_spends` * 0.06, 300000) + LEAST(`cg_s_grocery_spends_online` * 0.36, 2400 + `cg_s_grocery_spends_online` * 0.06, 3000),
                          300000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 28767.13 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 2500
                          ELSE 0
                        END >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 110: rbl-shoprite-credit-card */
      SELECT
        `cg_u`,
        110 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.2 AS DECIMAL(24, 6)), 1000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 110: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.6 + 0.01 >= `cg_theta` + 0
                        AND `cg_s_flipkart_spends` * 0.03 + `cg_s_amazon_spends` * 0.03 + `cg_s_other_online_spends` * 0.03 + LEAST(`cg_s_grocery_spends_online` * 0.6, 3000) + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 111: rbl-super-binge-credit-card */
      SELECT
        `cg_u`,
        111 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1178.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.12 AS DECIMAL(24, 6)), 800) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.12 AS DECIMAL(24, 6)), 800) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.12 AS DECIMAL(24, 6)), 800) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.12 AS DECIMAL(24, 6)), 800) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 111: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.36 + 0.01 >= `cg_theta` + 1178.82
                        AND LEAST(`cg_s_amazon_spends` * 0.36, 2400) + LEAST(`cg_s_flipkart_spends` * 0.36, 2400) + LEAST(`cg_s_grocery_spends_online` * 0.36, 2400) + LEAST(`cg_s_other_online_spends` * 0.36, 2400) + 0.01 >= `cg_theta` + 1178.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 112: rbl-world-safari-credit-card */
      SELECT
        `cg_u`,
        112 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3540 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 7500000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 3750
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 22500000 THEN 10000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 112: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 16250.01 >= `cg_theta` + 3540
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 + CASE
                          WHEN `cg_b_0` >= 20547.95 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 3750
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 61643.84 THEN 10000
                          ELSE 0
                        END >= `cg_theta` + 3540
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 113: sbi-bpcl-credit-card */
      SELECT
        `cg_u`,
        113 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_grocery_spends_online`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 5000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(5000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) - LEAST(5000, `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(
                    5000,
                    `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_other_online_spends`
                  ) - LEAST(5000, `cg_a_grocery_spends_online` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 113: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.15 + 0.01 >= `cg_theta` + 588.82
                        AND LEAST(
                          LEAST(`cg_s_grocery_spends_online` * 0.15, 15000) + `cg_s_amazon_spends` * 0.03 + `cg_s_flipkart_spends` * 0.03 + `cg_s_other_online_spends` * 0.03,
                          15000
                        ) + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 114: sbi-bpcl-octane-credit-card */
      SELECT
        `cg_u`,
        114 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1768.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 9000000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 114: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.03 + 2000.01 >= `cg_theta` + 1768.82
                        AND `cg_s_flipkart_spends` * 0.03 + `cg_s_amazon_spends` * 0.03 + `cg_s_grocery_spends_online` * 0.03 + `cg_s_other_online_spends` * 0.03 + 0.01 + CASE
                          WHEN `cg_b_0` >= 24657.54 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 1768.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 115: sbi-card-miles */
      SELECT
        `cg_u`,
        115 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1768.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.005 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 115: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 5000.01 >= `cg_theta` + 1768.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END >= `cg_theta` + 1768.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 116: sbi-card-pulse-credit-card */
      SELECT
        `cg_u`,
        116 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1768.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 1499
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 12000000 THEN 1500
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 116: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 2999.01 >= `cg_theta` + 1768.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 1499
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 32876.72 THEN 1500
                          ELSE 0
                        END >= `cg_theta` + 1768.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 118: sbi-elite-credit-card */
      SELECT
        `cg_u`,
        118 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5898.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 9000000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 12000000 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 3750
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 24000000 THEN 3750
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 118: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.15 + 12500.01 >= `cg_theta` + 5898.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_other_online_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.15 + 0.01 + CASE
                          WHEN `cg_b_0` >= 24657.54 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 32876.72 THEN 2500
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 3750
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 65753.43 THEN 3750
                          ELSE 0
                        END >= `cg_theta` + 5898.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 119: sbi-phonepe-select-black-credit-card */
      SELECT
        `cg_u`,
        119 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1768.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 2000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(2000, `cg_a_amazon_spends`) AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(2000, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(2000, `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(2000, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) - LEAST(2000, `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    2000,
                    `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(2000, `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 5000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.05 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 119: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.6 + 5000.01 >= `cg_theta` + 1768.82
                        AND LEAST(
                          LEAST(`cg_s_amazon_spends` * 0.6, 24000) + LEAST(`cg_s_flipkart_spends` * 0.6, 24000) + LEAST(`cg_s_grocery_spends_online` * 0.6, 24000) + LEAST(`cg_s_other_online_spends` * 0.6, 24000),
                          24000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 5000
                          ELSE 0
                        END >= `cg_theta` + 1768.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 120: sbi-prime-credit-card */
      SELECT
        `cg_u`,
        120 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 3538.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 90 >= 1500000 THEN 4000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 15000000 THEN 7000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.1 AS DECIMAL(24, 6)), 7500) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 120: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.3 + 11000.01 >= `cg_theta` + 3538.82
                        AND `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_other_online_spends` * 0.06 + LEAST(`cg_s_grocery_spends_online` * 0.3, 22500) + 0.01 + CASE
                          WHEN `cg_b_0` >= 16666.67 THEN 4000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 41095.9 THEN 7000
                          ELSE 0
                        END >= `cg_theta` + 3538.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 121: sbi-simply-click-credit-card */
      SELECT
        `cg_u`,
        121 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 3000000 THEN 2000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 2000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(
                      LEAST(CAST(`cg_x_0_0` * 0.05 AS DECIMAL(24, 6)) + CAST(`cg_x_0_1` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* slabs */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(CAST(`cg_x_8_0` * 0.1 AS DECIMAL(24, 6)) + CAST(`cg_x_8_1` * 0.01 AS DECIMAL(24, 6)), 10000) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* slabs */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`,
                        CAST(GREATEST(LEAST(`cg_s_flipkart_spends`, 2500) - 0, 0) AS DECIMAL(16, 2)) AS `cg_x_0_0`,
                        CAST(GREATEST(`cg_s_flipkart_spends` - 2500, 0) AS DECIMAL(16, 2)) AS `cg_x_0_1`,
                        CAST(GREATEST(LEAST(`cg_s_grocery_spends_online`, 2500) - 0, 0) AS DECIMAL(16, 2)) AS `cg_x_8_0`,
                        CAST(GREATEST(`cg_s_grocery_spends_online` - 2500, 0) AS DECIMAL(16, 2)) AS `cg_x_8_1`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 121: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.3 + 4000.01 >= `cg_theta` + 588.82
                        AND LEAST(`cg_s_flipkart_spends` * 0.15, 375 + `cg_s_flipkart_spends` * 0.03, 30000) + LEAST(`cg_s_amazon_spends` * 0.03, 30000) + LEAST(`cg_s_other_online_spends` * 0.03, 30000) + LEAST(`cg_s_grocery_spends_online` * 0.3, 750 + `cg_s_grocery_spends_online` * 0.03, 30000) + 0.01 + CASE
                          WHEN `cg_b_0` >= 8219.18 THEN 2000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 2000
                          ELSE 0
                        END >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 122: sbi-simply-save-credit-card */
      SELECT
        `cg_u`,
        122 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 588.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 40000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 400000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 400000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        5000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 122: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.2 + 0.01 >= `cg_theta` + 588.82
                        AND `cg_s_flipkart_spends` * 0.02 + `cg_s_amazon_spends` * 0.02 + `cg_s_other_online_spends` * 0.02 + LEAST(`cg_s_grocery_spends_online` * 0.2, 15000) + 0.01 >= `cg_theta` + 588.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 124: shoppers-stop-black-hdfc-credit-card */
      SELECT
        `cg_u`,
        124 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5310 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_other_online_spends`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_other_online_spends` + `cg_u_amazon_spends` + `cg_u_flipkart_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 2000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(2000, `cg_a_other_online_spends`) AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`,
                CAST(
                  LEAST(2000, `cg_a_other_online_spends` + `cg_a_amazon_spends`) - LEAST(2000, `cg_a_other_online_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(2000, `cg_a_other_online_spends` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) - LEAST(2000, `cg_a_other_online_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(
                    2000,
                    `cg_a_other_online_spends` + `cg_a_amazon_spends` + `cg_a_flipkart_spends` + `cg_a_grocery_spends_online`
                  ) - LEAST(2000, `cg_a_other_online_spends` + `cg_a_amazon_spends` + `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_other_online_spends` * 280000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 280000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      LEAST(
                        CAST(
                          CAST(
                            (
                              CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 80000 + 3 AS DECIMAL(38, 0)), 6)
                            ) / 6 AS DECIMAL(38, 0)
                          ) * 0.000001 AS DECIMAL(24, 6)
                        ),
                        2000
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_other_online_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 124: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.56 + 0.01 >= `cg_theta` + 5310
                        AND LEAST(
                          LEAST(`cg_s_other_online_spends` * 0.56, 24000) + LEAST(`cg_s_amazon_spends` * 0.16, 24000) + LEAST(`cg_s_flipkart_spends` * 0.16, 24000) + LEAST(`cg_s_grocery_spends_online` * 0.16, 24000),
                          24000
                        ) + 0.01 >= `cg_theta` + 5310
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 125: spicejet-axis-bank-voyage-black-credit-card */
      SELECT
        `cg_u`,
        125 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 2360 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.5, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.5, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 2000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 12000000 THEN 3000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.03 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 125: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.18 + 5000.01 >= `cg_theta` + 2360
                        AND `cg_s_amazon_spends` * 0.18 + `cg_s_flipkart_spends` * 0.18 + `cg_s_grocery_spends_online` * 0.18 + `cg_s_other_online_spends` * 0.18 + 0.01 + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 2000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 32876.72 THEN 3000
                          ELSE 0
                        END >= `cg_theta` + 2360
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 126: spicejet-axis-bank-voyage-credit-card */
      SELECT
        `cg_u`,
        126 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 885 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 126: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 885
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 128: standard-charted-ultimate */
      SELECT
        `cg_u`,
        128 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 5900 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_flipkart_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_amazon_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_amazon_spends` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_grocery_spends_online` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(
                      CAST(
                        CAST(
                          (
                            CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)) - MOD(CAST(`cg_s_other_online_spends` * 200000 + 3 AS DECIMAL(38, 0)), 6)
                          ) / 6 AS DECIMAL(38, 0)
                        ) * 0.000001 AS DECIMAL(24, 6)
                      ) AS DECIMAL(24, 6)
                    ) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 128: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.4 + 0.01 >= `cg_theta` + 5900
                        AND `cg_s_flipkart_spends` * 0.4 + `cg_s_amazon_spends` * 0.4 + `cg_s_grocery_spends_online` * 0.4 + `cg_s_other_online_spends` * 0.4 + 0.01 >= `cg_theta` + 5900
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 129: standard-chartered-easemytrip-credit-card */
      SELECT
        `cg_u`,
        129 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 413 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 1000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(1000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(1000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    1000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(1000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 129: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 413
                        AND LEAST(
                          `cg_s_flipkart_spends` * 0.06 + `cg_s_amazon_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06,
                          3000
                        ) + 0.01 >= `cg_theta` + 413
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 130: standard-chartered-manhattan-credit-card */
      SELECT
        `cg_u`,
        130 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1178.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  CAST(ROUND(`cg_u_amazon_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_flipkart_spends` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_grocery_spends_online` * 0.25, 6) AS DECIMAL(24, 6)) + CAST(ROUND(`cg_u_other_online_spends` * 0.25, 6) AS DECIMAL(24, 6))
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_amazon_spends`,
                        `cg_s_flipkart_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 130: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.06 + 0.01 >= `cg_theta` + 1178.82
                        AND `cg_s_amazon_spends` * 0.06 + `cg_s_flipkart_spends` * 0.06 + `cg_s_grocery_spends_online` * 0.06 + `cg_s_other_online_spends` * 0.06 + 0.01 >= `cg_theta` + 1178.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 134: tata-neu-hdfc-bank-credit-card */
      SELECT
        `cg_u`,
        134 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 1768.82 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_other_online_spends`,
            `cg_u_grocery_spends_online`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_other_online_spends` + `cg_u_grocery_spends_online`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`,
                `cg_a_flipkart_spends` AS `cg_u_flipkart_spends`,
                `cg_a_amazon_spends` AS `cg_u_amazon_spends`,
                `cg_a_other_online_spends` AS `cg_u_other_online_spends`,
                `cg_a_grocery_spends_online` AS `cg_u_grocery_spends_online`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`,
                    CAST(CAST(`cg_s_flipkart_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(CAST(`cg_s_amazon_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(CAST(`cg_s_other_online_spends` * 0.015 AS DECIMAL(24, 6)) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.015 AS DECIMAL(24, 6)), 2000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_other_online_spends`,
                        `cg_s_grocery_spends_online`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 134: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.18 + 0.01 >= `cg_theta` + 1768.82
                        AND `cg_s_flipkart_spends` * 0.18 + `cg_s_amazon_spends` * 0.18 + `cg_s_other_online_spends` * 0.18 + LEAST(`cg_s_grocery_spends_online` * 0.18, 24000) + 0.01 >= `cg_theta` + 1768.82
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 135: times-black-credit-card */
      SELECT
        `cg_u`,
        135 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 23600 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        `cg_u_amazon_spends` AS `cg_u_amazon_spends`,
        `cg_u_flipkart_spends` AS `cg_u_flipkart_spends`,
        `cg_u_grocery_spends_online` AS `cg_u_grocery_spends_online`,
        `cg_u_other_online_spends` AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            `cg_u_flipkart_spends`,
            `cg_u_amazon_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`,
            CAST(
              ROUND(
                12 * (
                  `cg_u_flipkart_spends` + `cg_u_amazon_spends` + `cg_u_grocery_spends_online` + `cg_u_other_online_spends`
                ),
                2
              ) AS DECIMAL(24, 2)
            ) AS `cg_yearly`
          FROM
            (
              /* card-wide cap 5000, consumed in processing order */
              SELECT
                `cg_u`,
                `cg_extra`,
                CAST(LEAST(5000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
                CAST(
                  LEAST(5000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) - LEAST(5000, `cg_a_flipkart_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_amazon_spends`,
                CAST(
                  LEAST(5000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) - LEAST(5000, `cg_a_flipkart_spends` + `cg_a_amazon_spends`) AS DECIMAL(24, 6)
                ) AS `cg_u_grocery_spends_online`,
                CAST(
                  LEAST(
                    5000,
                    `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online` + `cg_a_other_online_spends`
                  ) - LEAST(5000, `cg_a_flipkart_spends` + `cg_a_amazon_spends` + `cg_a_grocery_spends_online`) AS DECIMAL(24, 6)
                ) AS `cg_u_other_online_spends`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(
                      ROUND(
                        CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 6000000 THEN 10000
                          ELSE 0
                        END + CASE
                          WHEN `cg_beneficial` > 0
                          AND `cg_beneficial` * 365 >= 30000000 THEN 10000
                          ELSE 0
                        END,
                        2
                      ) AS DECIMAL(24, 2)
                    ) AS `cg_extra`,
                    CAST(LEAST(CAST(`cg_s_flipkart_spends` * 0.02 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_flipkart_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_amazon_spends` * 0.02 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_amazon_spends` /* flat */,
                    CAST(LEAST(CAST(`cg_s_grocery_spends_online` * 0.02 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_grocery_spends_online` /* flat */,
                    CAST(LEAST(CAST(`cg_s_other_online_spends` * 0.02 AS DECIMAL(24, 6)), 5000) AS DECIMAL(24, 6)) AS `cg_a_other_online_spends` /* flat */
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        `cg_b_0` AS `cg_beneficial`,
                        `cg_s_flipkart_spends`,
                        `cg_s_amazon_spends`,
                        `cg_s_grocery_spends_online`,
                        `cg_s_other_online_spends`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 135: skip users it cannot reach the top of */
                        /* coarse first: steepest slope × beneficial spend + every milestone + slack */
                        `cg_b_0` * 0.24 + 20000.01 >= `cg_theta` + 23600
                        AND LEAST(
                          LEAST(`cg_s_flipkart_spends` * 0.24, 60000) + LEAST(`cg_s_amazon_spends` * 0.24, 60000) + LEAST(`cg_s_grocery_spends_online` * 0.24, 60000) + LEAST(`cg_s_other_online_spends` * 0.24, 60000),
                          60000
                        ) + 0.01 + CASE
                          WHEN `cg_b_0` >= 16438.36 THEN 10000
                          ELSE 0
                        END + CASE
                          WHEN `cg_b_0` >= 82191.79 THEN 10000
                          ELSE 0
                        END >= `cg_theta` + 23600
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
                /* fence: the units after the card-wide cap are read twice below (yearly savings and the output) */
              LIMIT
                18446744073709551615
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
      UNION ALL
      /* card 137: zagg-rupay-credit-card */
      SELECT
        `cg_u`,
        137 AS `cg_card`,
        `cg_yearly`,
        `cg_extra`,
        CAST(`cg_yearly` - 0 + `cg_extra` AS DECIMAL(24, 2)) AS `cg_net`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_amazon_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_flipkart_spends`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_grocery_spends_online`,
        CAST(0 AS DECIMAL(24, 6)) AS `cg_u_other_online_spends`
      FROM
        (
          /* yearly savings: ROUND(12 × Σ ROUND(units × point value, 6), 2) */
          SELECT
            `cg_u`,
            `cg_extra`,
            CAST(ROUND(12 * (0), 2) AS DECIMAL(24, 2)) AS `cg_yearly`
          FROM
            (
              /* card-wide cap: none */
              SELECT
                `cg_u`,
                `cg_extra`
              FROM
                (
                  /* units per category after its segments' and its own caps; milestones */
                  SELECT
                    `cg_u`,
                    CAST(ROUND(0, 2) AS DECIMAL(24, 2)) AS `cg_extra`
                  FROM
                    (
                      /* spend slices (slabs; tiers over the card's cumulative tiered spend) and beneficial spend */
                      SELECT
                        `cg_u`,
                        CAST(0 AS DECIMAL(16, 2)) AS `cg_beneficial`
                      FROM
                        `cg_candidates`
                      WHERE
                        /* bound of card 137: skip users it cannot reach the top of */
                        0 + 0.01 >= `cg_theta` + 0
                    ) AS `cg_l1`
                    /* an optimizer fence (a derived table with LIMIT is never merged): the units above are
                    computed once per user, not once per reference in the levels below */
                  LIMIT
                    18446744073709551615
                ) AS `cg_l2`
            ) AS `cg_l3`
            /* fence: the yearly savings are read twice below (the column and net savings) */
          LIMIT
            18446744073709551615
        ) AS `cg_l4`
    ),
    /* the stored ranking: net savings, then yearly savings (both descending), then card id order (its ordinal) */
    `cg_ranked` AS (
      SELECT
        `v`.`cg_u`,
        `v`.`cg_card`,
        `v`.`cg_yearly`,
        `v`.`cg_extra`,
        `v`.`cg_net`,
        `v`.`cg_u_amazon_spends`,
        `v`.`cg_u_flipkart_spends`,
        `v`.`cg_u_grocery_spends_online`,
        `v`.`cg_u_other_online_spends`,
        ROW_NUMBER() OVER (
          PARTITION BY
            `v`.`cg_u`
          ORDER BY
            `v`.`cg_net` DESC,
            `v`.`cg_yearly` DESC,
            `v`.`cg_card`
        ) AS `cg_rank`
      FROM
        `cg_values` AS `v`
    ),
    /* card constants by ordinal, joined after the ranking */
    `cg_cards` AS (
      SELECT
        0 AS `cg_card`,
        _utf8mb4 'American Express Gold Credit Card' AS `cg_name`,
        _utf8mb4 'american-express-gold-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.58 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        1 AS `cg_card`,
        _utf8mb4 'American Express Membership Rewards Credit Card' AS `cg_name`,
        _utf8mb4 'american-express-mr-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.33 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        2 AS `cg_card`,
        _utf8mb4 'American Express Platinum Reserve Credit Card' AS `cg_name`,
        _utf8mb4 'american-express-platinum-reserve' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(11800 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        3 AS `cg_card`,
        _utf8mb4 'American Express Platinum Travel Credit Card' AS `cg_name`,
        _utf8mb4 'american-express-platinum-travel-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5900 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        4 AS `cg_card`,
        _utf8mb4 'American Express SmartEarn Credit Card' AS `cg_name`,
        _utf8mb4 'american-express-smart-earn-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(584.1 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        5 AS `cg_card`,
        _utf8mb4 'American Express Platinum Card' AS `cg_name`,
        _utf8mb4 'amexmetal' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.57 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(77880 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        6 AS `cg_card`,
        _utf8mb4 'AU Altura Credit Card' AS `cg_name`,
        _utf8mb4 'au-altura-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(234.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        7 AS `cg_card`,
        _utf8mb4 'AU Altura Plus Credit Card' AS `cg_name`,
        _utf8mb4 'au-altura-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        8 AS `cg_card`,
        _utf8mb4 'AU Nomo Credit Card' AS `cg_name`,
        _utf8mb4 'au-nomo-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(234.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        9 AS `cg_card`,
        _utf8mb4 'AU Zenith Credit Card' AS `cg_name`,
        _utf8mb4 'au-zenith-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        10 AS `cg_card`,
        _utf8mb4 'AU Zenith Plus Credit Card' AS `cg_name`,
        _utf8mb4 'au-zenith-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5898.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        11 AS `cg_card`,
        _utf8mb4 'Axis ACE Credit Card' AS `cg_name`,
        _utf8mb4 'axis-ace' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        12 AS `cg_card`,
        _utf8mb4 'Axis Atlas Credit Card' AS `cg_name`,
        _utf8mb4 'axis-atlas-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5900 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        13 AS `cg_card`,
        _utf8mb4 'Axis Aura Credit Card' AS `cg_name`,
        _utf8mb4 'axis-aura-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(883.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        14 AS `cg_card`,
        _utf8mb4 'Axis Horizon Credit Card' AS `cg_name`,
        _utf8mb4 'axis-bank-horizon-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3540 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        15 AS `cg_card`,
        _utf8mb4 'Axis Magnus Credit Card' AS `cg_name`,
        _utf8mb4 'axis-bank-magnus-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.4 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(14750 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        16 AS `cg_card`,
        _utf8mb4 'Axis MyZone Credit Card' AS `cg_name`,
        _utf8mb4 'axis-bank-myzone-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        17 AS `cg_card`,
        _utf8mb4 'Axis Privilege Credit Card' AS `cg_name`,
        _utf8mb4 'axis-bank-privilege-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1770 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        18 AS `cg_card`,
        _utf8mb4 'Axis Vistara Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'axis-bank-vistara-platinum-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1770 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        19 AS `cg_card`,
        _utf8mb4 'Axis Flipkart Credit Card' AS `cg_name`,
        _utf8mb4 'axis-flipkart-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        20 AS `cg_card`,
        _utf8mb4 'Axis IOCL Credit Card' AS `cg_name`,
        _utf8mb4 'axis-indian-oil-rupay-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        21 AS `cg_card`,
        _utf8mb4 'Axis Neo Credit Card' AS `cg_name`,
        _utf8mb4 'axis-neo-credit' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        22 AS `cg_card`,
        _utf8mb4 'Axis Privilege Amex Credit Card' AS `cg_name`,
        _utf8mb4 'axis-privilege-amex-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1770 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        23 AS `cg_card`,
        _utf8mb4 'Axis Rewards Credit Card' AS `cg_name`,
        _utf8mb4 'axis-rewards-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        24 AS `cg_card`,
        _utf8mb4 'Axis Samsung Infinite Credit Card' AS `cg_name`,
        _utf8mb4 'axis-samsung-infinite-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5900 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        25 AS `cg_card`,
        _utf8mb4 'Axis Samsung Signature Credit Card' AS `cg_name`,
        _utf8mb4 'axis-samsung-signature-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        26 AS `cg_card`,
        _utf8mb4 'Axis Select Credit Card' AS `cg_name`,
        _utf8mb4 'axis-select-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3540 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        27 AS `cg_card`,
        _utf8mb4 'Axis Shoppers Stop Credit Card' AS `cg_name`,
        _utf8mb4 'axis-shopper-stop-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        28 AS `cg_card`,
        _utf8mb4 'BOB Etihad Guest Credit Card' AS `cg_name`,
        _utf8mb4 'bob-etihad-guest-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.8 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(2950 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        29 AS `cg_card`,
        _utf8mb4 'BOB Etihad Guest Premium Credit Card' AS `cg_name`,
        _utf8mb4 'bob-etihad-guest-premium-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.8 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5900 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        30 AS `cg_card`,
        _utf8mb4 'EazyDiner IndusInd Bank Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'eazydiner-indusind-bank-platinum' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        31 AS `cg_card`,
        _utf8mb4 'HDFC Bank Bharat Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-bharat-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        32 AS `cg_card`,
        _utf8mb4 'HDFC BizBlack Metal Edition Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-biz-black-metal-edition-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(11800 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        33 AS `cg_card`,
        _utf8mb4 'HDFC Biz First Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-biz-first-credit-card' AS `cg_id`,
        _utf8mb4 'Points' AS `cg_method`,
        CAST(0.1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        34 AS `cg_card`,
        _utf8mb4 'HDFC Biz Grow Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-biz-grow-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        35 AS `cg_card`,
        _utf8mb4 'HDFC Business Moneyback Credit card' AS `cg_name`,
        _utf8mb4 'hdfc-business-moneyback-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        36 AS `cg_card`,
        _utf8mb4 'HDFC Diners Club Black Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-diners-club-black' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(11800 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        37 AS `cg_card`,
        _utf8mb4 'HDFC Diners Club Black Metal Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-diners-club-black-metal-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(11800 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        38 AS `cg_card`,
        _utf8mb4 'HDFC Diners Privilege Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-diners-privilege-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        39 AS `cg_card`,
        _utf8mb4 'HDFC Freedom Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-freedom-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.15 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        40 AS `cg_card`,
        _utf8mb4 'HDFC Indian Oil Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-indian-oil-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.96 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        41 AS `cg_card`,
        _utf8mb4 'HDFC Infinia Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-infinia-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(14750 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        42 AS `cg_card`,
        _utf8mb4 'HDFC IRCTC Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-irctc-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        43 AS `cg_card`,
        _utf8mb4 'HDFC Marriott Bonvoy Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-marriott-bonvoy-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3540 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        44 AS `cg_card`,
        _utf8mb4 'HDFC Millennia Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-millenia-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        45 AS `cg_card`,
        _utf8mb4 'HDFC Moneyback Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-moneyback-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        46 AS `cg_card`,
        _utf8mb4 'HDFC MoneyBack Plus Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-moneyback-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        47 AS `cg_card`,
        _utf8mb4 'PhonePe HDFC Bank Ultimo Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-phonepe-ultimo-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1178.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        48 AS `cg_card`,
        _utf8mb4 'HDFC PIXEL Play Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-pixel-play-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        49 AS `cg_card`,
        _utf8mb4 'HDFC Regalia Gold Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-regalia-gold' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(2950 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        50 AS `cg_card`,
        _utf8mb4 'HDFC RuPay Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-rupay-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(116.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        51 AS `cg_card`,
        _utf8mb4 'HDFC Shoppers Stop Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-shoppers-stop-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(352.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        52 AS `cg_card`,
        _utf8mb4 'HDFC Tata Neu Plus Credit Card' AS `cg_name`,
        _utf8mb4 'hdfc-tata-neu-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        53 AS `cg_card`,
        _utf8mb4 'HSBC Cashback Credit Card' AS `cg_name`,
        _utf8mb4 'hsbc-cashback-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        54 AS `cg_card`,
        _utf8mb4 'HSBC Live Plus Credit Card' AS `cg_name`,
        _utf8mb4 'hsbc-live-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1178.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        55 AS `cg_card`,
        _utf8mb4 'HSBC Platinum Rewards Credit Card' AS `cg_name`,
        _utf8mb4 'hsbc-platinum-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        56 AS `cg_card`,
        _utf8mb4 'HSBC Premier Credit Card' AS `cg_name`,
        _utf8mb4 'hsbc-premier-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(14160 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        57 AS `cg_card`,
        _utf8mb4 'HSBC RuPay Cashback Credit Card' AS `cg_name`,
        _utf8mb4 'hsbc-rupay-cashback-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        58 AS `cg_card`,
        _utf8mb4 'HSBC Travel One Credit Card' AS `cg_name`,
        _utf8mb4 'hsbc-travel-one' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5898.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        59 AS `cg_card`,
        _utf8mb4 'Amazon Pay ICICI Bank Credit Card' AS `cg_name`,
        _utf8mb4 'icici-amazon-pay-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        60 AS `cg_card`,
        _utf8mb4 'ICICI Bank Emeralde Credit Card' AS `cg_name`,
        _utf8mb4 'icici-emeralde-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(14160 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        61 AS `cg_card`,
        _utf8mb4 'ICICI Emeralde Private Metal Credit Card' AS `cg_name`,
        _utf8mb4 'icici-emeralde-private-metal-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(14748.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        62 AS `cg_card`,
        _utf8mb4 'ICICI Emirates Skywards Sapphiro Credit Card' AS `cg_name`,
        _utf8mb4 'icici-emirates-skywards-sapphiro-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5900 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        63 AS `cg_card`,
        _utf8mb4 'ICICI HPCL Coral Credit Card' AS `cg_name`,
        _utf8mb4 'icici-hpcl-coral-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(234.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        64 AS `cg_card`,
        _utf8mb4 'ICICI HPCL Super Saver Credit Card' AS `cg_name`,
        _utf8mb4 'icici-hpcl-super-saver-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        65 AS `cg_card`,
        _utf8mb4 'ICICI MakeMyTrip Credit Card' AS `cg_name`,
        _utf8mb4 'icici-mmt-platinum-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1178.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        66 AS `cg_card`,
        _utf8mb4 'ICICI Platinum Chip Credit Card' AS `cg_name`,
        _utf8mb4 'icici-platinum-chip-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        67 AS `cg_card`,
        _utf8mb4 'ICICI Rubyx Credit Card' AS `cg_name`,
        _utf8mb4 'icici-rubyx-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3540 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        68 AS `cg_card`,
        _utf8mb4 'ICICI Sapphiro Credit Card' AS `cg_name`,
        _utf8mb4 'icici-sapphiro-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(7670 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        69 AS `cg_card`,
        _utf8mb4 'IDFC First Ashva Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-ashva-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.4 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3538.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        70 AS `cg_card`,
        _utf8mb4 'IDFC First Classic Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-classic-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        71 AS `cg_card`,
        _utf8mb4 'IDFC FIRST Dual Indigo Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-dual-indigo-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5898.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        72 AS `cg_card`,
        _utf8mb4 'IDFC FIRST Millennia Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-millennia-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        73 AS `cg_card`,
        _utf8mb4 'IDFC FIRST Power Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-power-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(234.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        74 AS `cg_card`,
        _utf8mb4 'IDFC First Private Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-private-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(59000 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        75 AS `cg_card`,
        _utf8mb4 'IDFC FIRST Select Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-select-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        76 AS `cg_card`,
        _utf8mb4 'IDFC First WOW Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-first-wow-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        77 AS `cg_card`,
        _utf8mb4 'IDFC FIRST Hello Cashback Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-hello-cashback-creidt-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        78 AS `cg_card`,
        _utf8mb4 'IDFC First Mayura Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-mayura-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(7078.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        79 AS `cg_card`,
        _utf8mb4 'IDFC First Power Plus Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-power-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        80 AS `cg_card`,
        _utf8mb4 'IDFC First SWYP Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-swyp-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        81 AS `cg_card`,
        _utf8mb4 'IDFC Wealth Credit Card' AS `cg_name`,
        _utf8mb4 'idfc-wealth-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        82 AS `cg_card`,
        _utf8mb4 'Indian Oil RBL Bank XTRA Credit Card' AS `cg_name`,
        _utf8mb4 'indian-oil-rbl-bank-xtra-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1770 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        83 AS `cg_card`,
        _utf8mb4 'IndianOil Axis Rupay Credit Card' AS `cg_name`,
        _utf8mb4 'indianoil-axis-rupay-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        84 AS `cg_card`,
        _utf8mb4 'IndianOil RBL Bank Credit Card' AS `cg_name`,
        _utf8mb4 'indianoil-rbl-bank-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        85 AS `cg_card`,
        _utf8mb4 'IndusInd Platinum Aura Edge Credit Card' AS `cg_name`,
        _utf8mb4 'indus-bank-platinum-aura-edge-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        86 AS `cg_card`,
        _utf8mb4 'EazyDiner IndusInd Bank Signature Credit Card' AS `cg_name`,
        _utf8mb4 'indusind-eazydiner-signature-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.02 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3538.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        87 AS `cg_card`,
        _utf8mb4 'IndusInd Legend Credit Card' AS `cg_name`,
        _utf8mb4 'indusind-legend-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.75 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        88 AS `cg_card`,
        _utf8mb4 'IndusInd Platinum RuPay Credit Card' AS `cg_name`,
        _utf8mb4 'indusind-platinum-rupay-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        89 AS `cg_card`,
        _utf8mb4 'IRCTC RBL Credit Card' AS `cg_name`,
        _utf8mb4 'irctc-rbl-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        90 AS `cg_card`,
        _utf8mb4 'IRCTC SBI Platinum Card' AS `cg_name`,
        _utf8mb4 'irctc-sbi-platinum-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        91 AS `cg_card`,
        _utf8mb4 'Jupiter Edge Credit Card' AS `cg_name`,
        _utf8mb4 'jupiter-edge-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        92 AS `cg_card`,
        _utf8mb4 'Kiwi Klick Credit Card' AS `cg_name`,
        _utf8mb4 'kiwi-klick-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        93 AS `cg_card`,
        _utf8mb4 'Kotak Delight Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'kotak-delight-platinum-credit-card' AS `cg_id`,
        _utf8mb4 'Points' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(2358.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        94 AS `cg_card`,
        _utf8mb4 'Kotak Essentia Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'kotak-essentia-platinum-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1768.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        95 AS `cg_card`,
        _utf8mb4 'Kotak IndianOil Credit Card' AS `cg_name`,
        _utf8mb4 'kotak-indianoil-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(529.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        96 AS `cg_card`,
        _utf8mb4 'Kotak Mojo Platinum Credit card' AS `cg_name`,
        _utf8mb4 'kotak-mojo-platiinum-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        97 AS `cg_card`,
        _utf8mb4 'Kotak Zen Signature Credit Card' AS `cg_name`,
        _utf8mb4 'kotak-zen-signature-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1770 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        98 AS `cg_card`,
        _utf8mb4 'LIC Axis Signature Credit Card' AS `cg_name`,
        _utf8mb4 'lic-axis-bank-signature-credit-card' AS `cg_id`,
        _utf8mb4 'Voucher' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        99 AS `cg_card`,
        _utf8mb4 'LIC Axis Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'lic-axis-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.67 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        100 AS `cg_card`,
        _utf8mb4 'Axis Burgundy Magnus Credit Card' AS `cg_name`,
        _utf8mb4 'magnus-burgundy-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.9 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(35400 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        101 AS `cg_card`,
        _utf8mb4 'MakeMyTrip ICICI Bank Signature Credit Card' AS `cg_name`,
        _utf8mb4 'makemytrip-icici-signature' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(2950 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        102 AS `cg_card`,
        _utf8mb4 'Myntra Kotak Credit Card' AS `cg_name`,
        _utf8mb4 'myntra-kotak-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        103 AS `cg_card`,
        _utf8mb4 'Paytm HDFC Bank Select Credit Card' AS `cg_name`,
        _utf8mb4 'paytm-hdfc-bank-select-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        104 AS `cg_card`,
        _utf8mb4 'Pop Club Credit Card' AS `cg_name`,
        _utf8mb4 'pop-club-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        105 AS `cg_card`,
        _utf8mb4 'PVR Kotak Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'pvr-kotak-platinum' AS `cg_id`,
        _utf8mb4 'Points' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        106 AS `cg_card`,
        _utf8mb4 'RBL Bank Play Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-bank-play-credit-card' AS `cg_id`,
        _utf8mb4 'Points' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        107 AS `cg_card`,
        _utf8mb4 'RBL Bank Cookies Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-cookies-credit-card' AS `cg_id`,
        _utf8mb4 'Voucher' AS `cg_method`,
        CAST(0.2 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(118 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        108 AS `cg_card`,
        _utf8mb4 'RBL Insignia Preferred Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-insignia-preferred-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        109 AS `cg_card`,
        _utf8mb4 'RBL Platinum Maxima Plus Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-platinum-maxima-plus-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        110 AS `cg_card`,
        _utf8mb4 'RBL Shoprite Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-shoprite-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        111 AS `cg_card`,
        _utf8mb4 'RBL Super Binge Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-super-binge-credit-card' AS `cg_id`,
        _utf8mb4 'Points' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1178.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        112 AS `cg_card`,
        _utf8mb4 'RBL World Safari Credit Card' AS `cg_name`,
        _utf8mb4 'rbl-world-safari-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3540 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        113 AS `cg_card`,
        _utf8mb4 'SBI BPCL Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-bpcl-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        114 AS `cg_card`,
        _utf8mb4 'SBI BPCL Octane Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-bpcl-octane-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1768.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        115 AS `cg_card`,
        _utf8mb4 'SBI Card Miles Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-card-miles' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1768.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        116 AS `cg_card`,
        _utf8mb4 'SBI Card Pulse Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-card-pulse-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1768.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        117 AS `cg_card`,
        _utf8mb4 'SBI Cashback Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-cashback-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1178.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        118 AS `cg_card`,
        _utf8mb4 'SBI Elite Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-elite-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5898.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        119 AS `cg_card`,
        _utf8mb4 'PhonePe SBI Card SELECT BLACK' AS `cg_name`,
        _utf8mb4 'sbi-phonepe-select-black-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1768.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        120 AS `cg_card`,
        _utf8mb4 'SBI Prime Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-prime-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(3538.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        121 AS `cg_card`,
        _utf8mb4 'SBI Simply Click Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-simply-click-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        122 AS `cg_card`,
        _utf8mb4 'SBI Simply Save Credit Card' AS `cg_name`,
        _utf8mb4 'sbi-simply-save-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        123 AS `cg_card`,
        _utf8mb4 'Scapia Credit Card' AS `cg_name`,
        _utf8mb4 'scapia-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        124 AS `cg_card`,
        _utf8mb4 'HDFC Shoppers Stop Black Credit Card' AS `cg_name`,
        _utf8mb4 'shoppers-stop-black-hdfc-credit-card' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5310 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        125 AS `cg_card`,
        _utf8mb4 'Axis SpiceJet Voyage Black Credit Card' AS `cg_name`,
        _utf8mb4 'spicejet-axis-bank-voyage-black-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(2360 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        126 AS `cg_card`,
        _utf8mb4 'Axis SpiceJet Voyage Credit Card' AS `cg_name`,
        _utf8mb4 'spicejet-axis-bank-voyage-credit-card' AS `cg_id`,
        _utf8mb4 'Voucher' AS `cg_method`,
        CAST(0.5 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(885 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        127 AS `cg_card`,
        _utf8mb4 'Standard Chartered Smart Credit Card' AS `cg_name`,
        _utf8mb4 'stanc-smart-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        128 AS `cg_card`,
        _utf8mb4 'Standard Chartered Ultimate' AS `cg_name`,
        _utf8mb4 'standard-charted-ultimate' AS `cg_id`,
        _utf8mb4 'Vouchers' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(5900 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        129 AS `cg_card`,
        _utf8mb4 'Standard Chartered EaseMytrip Credit Card' AS `cg_name`,
        _utf8mb4 'standard-chartered-easemytrip-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(413 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        130 AS `cg_card`,
        _utf8mb4 'Standard Chartered Manhattan Platinum Credit Card' AS `cg_name`,
        _utf8mb4 'standard-chartered-manhattan-credit-card' AS `cg_id`,
        _utf8mb4 'Hotels' AS `cg_method`,
        CAST(0.25 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1178.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        131 AS `cg_card`,
        _utf8mb4 'Axis Supermoney Rupay Card' AS `cg_name`,
        _utf8mb4 'supermoney-rupay-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        132 AS `cg_card`,
        _utf8mb4 'Swiggy BLCK HDFC Credit Card' AS `cg_name`,
        _utf8mb4 'swiggy-blck-hdfc-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1180 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        133 AS `cg_card`,
        _utf8mb4 'Swiggy Ornge HDFC Bank Credit card' AS `cg_name`,
        _utf8mb4 'swiggy-ornge-hdfc-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(590 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        134 AS `cg_card`,
        _utf8mb4 'Tata Neu Infinity HDFC Bank Credit Card' AS `cg_name`,
        _utf8mb4 'tata-neu-hdfc-bank-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(1768.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        135 AS `cg_card`,
        _utf8mb4 'Times Black ICICI Bank Credit Card' AS `cg_name`,
        _utf8mb4 'times-black-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(23600 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        136 AS `cg_card`,
        _utf8mb4 'YES BANK ACE Credit Card' AS `cg_name`,
        _utf8mb4 'yes-bank-ace-credit-card' AS `cg_id`,
        _utf8mb4 'Airmiles' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(588.82 AS DECIMAL(24, 2)) AS `cg_joining`
      UNION ALL
      SELECT
        137 AS `cg_card`,
        _utf8mb4 'Zagg Credit Card' AS `cg_name`,
        _utf8mb4 'zagg-rupay-credit-card' AS `cg_id`,
        _utf8mb4 'Cashback' AS `cg_method`,
        CAST(1 AS DECIMAL(5, 4)) AS `cg_rate`,
        CAST(0 AS DECIMAL(24, 2)) AS `cg_joining`
    ),
    /* the top 10 per user, with each input's pro-rata share of its category's units */
    `cg_top` AS (
      SELECT
        `r`.`cg_u`,
        `r`.`cg_card`,
        `r`.`cg_rank`,
        `r`.`cg_yearly`,
        `r`.`cg_extra`,
        `r`.`cg_net`,
        `r`.`cg_u_amazon_spends`,
        `r`.`cg_u_flipkart_spends`,
        `r`.`cg_u_grocery_spends_online`,
        `r`.`cg_u_other_online_spends`,
        CAST(ROUND(`r`.`cg_u_amazon_spends`, 2) AS DECIMAL(24, 2)) AS `cg_p_amazon_points`,
        CAST(ROUND(`r`.`cg_u_flipkart_spends`, 2) AS DECIMAL(24, 2)) AS `cg_p_flipkart_points`,
        CAST(
          CAST(
            (
              CAST(
                `r`.`cg_u_other_online_spends` * `s`.`cg_in_myntra` * 200000000 + GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 1000000 AS DECIMAL(48, 0)
              ) - MOD(
                CAST(
                  `r`.`cg_u_other_online_spends` * `s`.`cg_in_myntra` * 200000000 + GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 1000000 AS DECIMAL(48, 0)
                ),
                CAST(GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 2000000 AS DECIMAL(48, 0))
              )
            ) / CAST(GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 2000000 AS DECIMAL(48, 0)) AS DECIMAL(48, 0)
          ) * 0.01 AS DECIMAL(24, 2)
        ) AS `cg_p_myntra_points`,
        CAST(
          CAST(
            (
              CAST(
                `r`.`cg_u_other_online_spends` * `s`.`cg_in_ajio` * 200000000 + GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 1000000 AS DECIMAL(48, 0)
              ) - MOD(
                CAST(
                  `r`.`cg_u_other_online_spends` * `s`.`cg_in_ajio` * 200000000 + GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 1000000 AS DECIMAL(48, 0)
                ),
                CAST(GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 2000000 AS DECIMAL(48, 0))
              )
            ) / CAST(GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 2000000 AS DECIMAL(48, 0)) AS DECIMAL(48, 0)
          ) * 0.01 AS DECIMAL(24, 2)
        ) AS `cg_p_ajio_points`,
        CAST(ROUND(`r`.`cg_u_grocery_spends_online`, 2) AS DECIMAL(24, 2)) AS `cg_p_grocery_points`,
        CAST(
          CAST(
            (
              CAST(
                `r`.`cg_u_other_online_spends` * `s`.`cg_in_other_online` * 200000000 + GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 1000000 AS DECIMAL(48, 0)
              ) - MOD(
                CAST(
                  `r`.`cg_u_other_online_spends` * `s`.`cg_in_other_online` * 200000000 + GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 1000000 AS DECIMAL(48, 0)
                ),
                CAST(GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 2000000 AS DECIMAL(48, 0))
              )
            ) / CAST(GREATEST(`s`.`cg_s_other_online_spends`, 0.01) * 2000000 AS DECIMAL(48, 0)) AS DECIMAL(48, 0)
          ) * 0.01 AS DECIMAL(24, 2)
        ) AS `cg_p_other_online_points`
      FROM
        (
          SELECT
            `cg_u`,
            `cg_card`,
            `cg_rank`,
            `cg_yearly`,
            `cg_extra`,
            `cg_net`,
            `cg_u_amazon_spends`,
            `cg_u_flipkart_spends`,
            `cg_u_grocery_spends_online`,
            `cg_u_other_online_spends`
          FROM
            `cg_ranked`
          WHERE
            `cg_rank` <= 10
            /* optimizer fence: keep the 10 rows per user before joining the inputs back */
          LIMIT
            18446744073709551615
        ) AS `r`
        INNER JOIN `cg_users` AS `s` ON `s`.`cg_u` = `r`.`cg_u`
    )
  SELECT
    `usr`.`cg_user_id` AS `user_id`,
    `k`.`cg_rank` AS `rank`,
    `c`.`cg_name` AS `card_name`,
    `c`.`cg_id` AS `card_id`,
    CAST(`k`.`cg_yearly` AS DECIMAL(12, 2)) AS `total_savings_yearly`,
    CAST(`c`.`cg_joining` AS DECIMAL(12, 2)) AS `joining_fees`,
    CAST(`k`.`cg_extra` AS DECIMAL(12, 2)) AS `total_extra_benefits`,
    CAST(`k`.`cg_net` AS DECIMAL(12, 2)) AS `net_savings`,
    CAST(`k`.`cg_p_amazon_points` AS DECIMAL(12, 2)) AS `amazon_points`,
    CAST(`k`.`cg_p_flipkart_points` AS DECIMAL(12, 2)) AS `flipkart_points`,
    CAST(`k`.`cg_p_myntra_points` AS DECIMAL(12, 2)) AS `myntra_points`,
    CAST(`k`.`cg_p_ajio_points` AS DECIMAL(12, 2)) AS `ajio_points`,
    CAST(`k`.`cg_p_grocery_points` AS DECIMAL(12, 2)) AS `grocery_points`,
    CAST(`k`.`cg_p_other_online_points` AS DECIMAL(12, 2)) AS `other_online_points`,
    `c`.`cg_method` AS `redemption_method`,
    `c`.`cg_rate` AS `redemption_rate`,
    NOW() AS `processed_at`,
    `p_batch_id` AS `batch_id`
  FROM
    `cg_top` AS `k`
    INNER JOIN `cg_users` AS `usr` ON `usr`.`cg_u` = `k`.`cg_u`
    INNER JOIN `cg_cards` AS `c` ON `c`.`cg_card` = `k`.`cg_card`
    /* a row holding a value outside DECIMAL(12,2) is not written: fail_overflowing_users fails its user and
    delete_overflowing_rows removes the user's other rows */
  WHERE
    NOT (
      ABS(`k`.`cg_yearly`) > 9999999999.99
      OR ABS(`k`.`cg_extra`) > 9999999999.99
      OR ABS(`k`.`cg_net`) > 9999999999.99
      OR ABS(`k`.`cg_p_amazon_points`) > 9999999999.99
      OR ABS(`k`.`cg_p_flipkart_points`) > 9999999999.99
      /* a share never exceeds ROUND(units, 2): the exact share is only evaluated when that does */
      OR (
        ROUND(`k`.`cg_u_other_online_spends`, 2) > 9999999999.99
        AND ABS(`k`.`cg_p_myntra_points`) > 9999999999.99
      )
      /* a share never exceeds ROUND(units, 2): the exact share is only evaluated when that does */
      OR (
        ROUND(`k`.`cg_u_other_online_spends`, 2) > 9999999999.99
        AND ABS(`k`.`cg_p_ajio_points`) > 9999999999.99
      )
      OR ABS(`k`.`cg_p_grocery_points`) > 9999999999.99
      /* a share never exceeds ROUND(units, 2): the exact share is only evaluated when that does */
      OR (
        ROUND(`k`.`cg_u_other_online_spends`, 2) > 9999999999.99
        AND ABS(`k`.`cg_p_other_online_points`) > 9999999999.99
      )
    );
  SET `v_inserted_rows` = ROW_COUNT();

  -- Statement 3 of 6: fail_invalid_users
  UPDATE `user_spending_data` AS `u`
  SET
    `u`.`processing_error` = CASE
      WHEN `u`.`avg_amazon_gmv` < 0 THEN CONCAT(
        _utf8mb4 'invalid input: avg_amazon_gmv is negative (',
        CAST(CAST(`u`.`avg_amazon_gmv` AS DECIMAL(14, 2)) AS CHAR),
        _utf8mb4 ')'
      )
      WHEN `u`.`avg_flipkart_gmv` < 0 THEN CONCAT(
        _utf8mb4 'invalid input: avg_flipkart_gmv is negative (',
        CAST(CAST(`u`.`avg_flipkart_gmv` AS DECIMAL(14, 2)) AS CHAR),
        _utf8mb4 ')'
      )
      WHEN `u`.`avg_myntra_gmv` < 0 THEN CONCAT(
        _utf8mb4 'invalid input: avg_myntra_gmv is negative (',
        CAST(CAST(`u`.`avg_myntra_gmv` AS DECIMAL(14, 2)) AS CHAR),
        _utf8mb4 ')'
      )
      WHEN `u`.`avg_ajio_gmv` < 0 THEN CONCAT(
        _utf8mb4 'invalid input: avg_ajio_gmv is negative (',
        CAST(CAST(`u`.`avg_ajio_gmv` AS DECIMAL(14, 2)) AS CHAR),
        _utf8mb4 ')'
      )
      WHEN `u`.`avg_grocery_gmv` < 0 THEN CONCAT(
        _utf8mb4 'invalid input: avg_grocery_gmv is negative (',
        CAST(CAST(`u`.`avg_grocery_gmv` AS DECIMAL(14, 2)) AS CHAR),
        _utf8mb4 ')'
      )
      WHEN `u`.`avg_confirmed_gmv` < 0 THEN CONCAT(
        _utf8mb4 'invalid input: avg_confirmed_gmv is negative (',
        CAST(CAST(`u`.`avg_confirmed_gmv` AS DECIMAL(14, 2)) AS CHAR),
        _utf8mb4 ')'
      )
    END,
    `u`.`processing_status` = _utf8mb4 'failed',
    `u`.`last_processed_at` = NOW()
  WHERE
    `u`.`user_id` BETWEEN `p_first_user_id` AND `p_last_user_id`
    AND `u`.`processing_status` = _utf8mb4 'pending'
    AND (
      `u`.`avg_amazon_gmv` < 0
      OR `u`.`avg_flipkart_gmv` < 0
      OR `u`.`avg_myntra_gmv` < 0
      OR `u`.`avg_ajio_gmv` < 0
      OR `u`.`avg_grocery_gmv` < 0
      OR `u`.`avg_confirmed_gmv` < 0
    );
  SET `v_failed` = `v_failed` + ROW_COUNT();

  -- Statement 4 of 6: fail_overflowing_users
  UPDATE `user_spending_data` AS `u`
  SET
    `u`.`processing_error` = _utf8mb4 'output overflow: a top-10 value exceeds DECIMAL(12,2) (max 9999999999.99)',
    `u`.`processing_status` = _utf8mb4 'failed',
    `u`.`last_processed_at` = NOW()
  WHERE
    `u`.`user_id` BETWEEN `p_first_user_id` AND `p_last_user_id`
    AND `u`.`processing_status` = _utf8mb4 'pending'
    /* delete_previous left a pending user only the rows insert_recommendations wrote (counted on the
    (user_id, rank) index alone) */
    AND (
      SELECT
        COUNT(*)
      FROM
        `card_recommendations` AS `r`
      WHERE
        `r`.`user_id` = `u`.`user_id`
    ) < 10;
  SET `v_failed` = `v_failed` + ROW_COUNT();

  -- Statement 5 of 6: delete_overflowing_rows
  DELETE `r`
  FROM
    `card_recommendations` AS `r`
    INNER JOIN `user_spending_data` AS `u` ON `u`.`user_id` = `r`.`user_id`
  WHERE
    `u`.`user_id` BETWEEN `p_first_user_id` AND `p_last_user_id`
    AND `u`.`processing_status` = _utf8mb4 'failed'
    AND `u`.`processing_error` = _utf8mb4 'output overflow: a top-10 value exceeds DECIMAL(12,2) (max 9999999999.99)'
    AND `r`.`batch_id` = `p_batch_id`;
  SET `v_inserted_rows` = `v_inserted_rows` - ROW_COUNT();

  -- Statement 6 of 6: complete_users
  UPDATE `user_spending_data` AS `u`
  SET
    `u`.`processing_status` = _utf8mb4 'completed',
    `u`.`processing_error` = NULL,
    `u`.`last_processed_at` = NOW()
  WHERE
    `u`.`user_id` BETWEEN `p_first_user_id` AND `p_last_user_id`
    AND `u`.`processing_status` = _utf8mb4 'pending';
  SET `v_completed` = ROW_COUNT();

  SELECT
    `v_inserted_rows` AS `inserted_rows`,
    `v_completed` AS `completed`,
    `v_failed` AS `failed`;
END
