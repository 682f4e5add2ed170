-- wrk script: POST /api/v1/evaluations with one public case (no personId), the same every time.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"programme":"APPRENTICESHIP","level":"LEVEL_3","occupation":"中式烹调师","trainingCompletedOn":"2020-06-30","includesMandatedContent":true}'
